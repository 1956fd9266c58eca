import { execFile } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ItemSummary } from '@kopa/protocol';
import { makeTempDir, startKopaProcess, stopKopaProcess, type KopaProcess } from '@kopa/testkit';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { A11yAudit } from './support/a11y-audit';
import { makeA11yContent, type A11yContent } from './support/a11y-content';
import { editorOf, LAPTOP, launchChromium, logIn, newVisitor } from './support/browser';
import { ensureWebAppBuilt } from './support/kopa-under-test';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const h1 = (page: Page, name?: string | RegExp) => page.getByRole('heading', { level: 1, ...(name ? { name } : {}) }).first().waitFor();
const dockOf = (page: Page) => page.getByRole('complementary', { name: 'Live lesson' });

async function open(page: Page, url: string, ready?: () => Promise<unknown>) {
  await page.goto(url);
  await h1(page);
  await ready?.();
}

/** The instance administrator, made with the CLI before Kopa first starts (as joining.test.ts does). */
function createAdmin(dataDir: string, username: string): Promise<string> {
  const cli = path.join(repoRoot, 'apps/server/src/cli/kopa-cli.ts');
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      ['--conditions=@kopa/source', '--import', 'tsx', cli, 'admin', 'create', username],
      { cwd: repoRoot, env: { ...process.env, KOPA_DATA_DIR: dataDir } },
      (error, stdout, stderr) => {
        const password = /^Password: (\S+)$/m.exec(stdout)?.[1];
        if (error || !password) reject(new Error(`admin create failed: ${stderr || String(error)}`));
        else resolve(password);
      },
    );
  });
}

describe('accessibility of what teachers, the coordinator, the administrator and guests see (WCAG 2.2 AA)', () => {
  let browser: Browser;
  let kopa: KopaProcess;
  let data: Awaited<ReturnType<typeof makeTempDir>>;
  let adminPassword: string;
  let content: A11yContent;
  let submitted: ItemSummary;

  beforeAll(async () => {
    ensureWebAppBuilt();
    data = await makeTempDir('kopa-e2e-a11y-');
    adminPassword = await createAdmin(data.path, 'office');
    [kopa, browser] = await Promise.all([startKopaProcess(data.path), launchChromium()]);
    content = await makeA11yContent(kopa.url);
    const { janis } = content;
    // A post waiting for review, and a report for the moderation queue.
    submitted = await janis.call<ItemSummary>('POST', `/spaces/${content.team.id}/items`, { type: 'post', title: 'Our school garden' });
    await janis.call('PATCH', `/posts/${submitted.id}`, { language: 'en', themes: ['diversity'] });
    await janis.call('POST', `/posts/${submitted.id}/submit`, { message: 'Please look at the title.' });
    await janis.call('POST', '/reports', { targetType: 'post', targetId: content.published.id, reason: 'There is a wrong name in it.' });
  });
  afterAll(async () => {
    await browser?.close();
    if (kopa) await stopKopaProcess(kopa, 'SIGTERM');
    await data?.remove();
  });

  it('a teacher: home, teams and the team builder, visits, pupils and their login cards, moderation', async () => {
    const base = kopa.url;
    const audit = new A11yAudit('teacher-pages');
    const { page, context } = await newVisitor(browser, LAPTOP);
    await logIn(page, base, 'carmen');
    await audit.everywhere(page, 'teacher home');

    await open(page, `${base}/teams`, () => page.getByRole('button', { name: 'Lucía from ES' }).first().waitFor());
    await audit.basics(page, 'teams', 'en');
    await audit.everywhere(page, 'teams');
    await page.getByRole('button', { name: 'New team' }).click();
    await page.getByRole('button', { name: 'Create team' }).click();
    await page.getByText('Give the team a name.').waitFor();
    await audit.everywhere(page, 'teams, new team without a name');
    await page.getByRole('button', { name: 'Propose teams' }).click();
    await page.getByRole('heading', { name: 'Propose mixed teams' }).waitFor();
    await audit.everywhere(page, 'team builder, a proposal');
    await page.getByRole('button', { name: 'Lucía from ES' }).first().click();
    await page.getByRole('button', { name: /^Move Lucía here/ }).first().waitFor();
    await audit.everywhere(page, 'team builder, a pupil picked up');

    await open(page, `${base}/mobilities`);
    await audit.everywhere(page, 'visits');
    await page.getByRole('button', { name: 'Plan a visit' }).first().click();
    await page.getByRole('button', { name: 'Add the visit' }).click();
    await page.getByText('Give the visit a name.').waitFor();
    await audit.everywhere(page, 'visits, the form with its errors');

    await open(page, `${base}/pupils`);
    await audit.everywhere(page, 'pupils');
    await page.getByLabel('First names, one per line').fill('Marta\nPaula');
    await page.getByRole('button', { name: 'Create 2 accounts' }).click();
    await page.getByRole('heading', { name: '2 accounts are ready' }).waitFor();
    await audit.everywhere(page, 'pupils, new accounts and their passwords');
    await page.getByRole('button', { name: 'Print login cards' }).click();
    await h1(page, 'Login cards');
    await audit.everywhere(page, 'login cards');
    await page.emulateMedia({ media: 'print' });
    await audit.axe(page, 'login cards, printed', { bestPractices: false });
    await page.emulateMedia({ media: 'screen' });

    await open(page, `${base}/moderation`, () => page.getByText('Our school garden').first().waitFor());
    await audit.basics(page, 'moderation', 'en');
    await audit.everywhere(page, 'moderation, posts waiting');
    await page.getByRole('tab', { name: /^Reports/ }).click();
    await page.getByText('There is a wrong name in it.').waitFor();
    await audit.everywhere(page, 'moderation, reports');
    await page.getByRole('tab', { name: 'Audit log' }).click();
    await audit.everywhere(page, 'moderation, audit log');

    await context.close();
    audit.expectClean();
  });

  it('a teacher on spaces, documents, posts and practices: locks, the bin, exports, the showcase, review, the practice form', async () => {
    const base = kopa.url;
    const audit = new A11yAudit('teacher-items');
    const { page, context } = await newVisitor(browser, LAPTOP);
    await logIn(page, base, 'carmen');

    // A space with a locked board, an item in the bin and its export open.
    const binned = await content.carmen.call<ItemSummary>('POST', `/spaces/${content.team.id}/items`, { type: 'doc', title: 'Old notes' });
    await content.carmen.call('DELETE', `/items/${binned.id}`);
    await content.carmen.call('PATCH', `/items/${content.board.id}`, { locked: true });
    await open(page, `${base}/spaces/${content.team.id}`, () => page.getByRole('heading', { name: 'Bin' }).waitFor());
    await audit.everywhere(page, 'team space as a teacher, with the bin');
    await page.getByRole('button', { name: 'Choose what to export' }).click();
    await page.getByRole('button', { name: 'Start the export' }).waitFor();
    await audit.everywhere(page, 'team space, export open');

    // A document: the showcase panel, locking.
    await open(page, `${base}/items/${content.doc.id}`, () => editorOf(page).filter({ hasText: 'Hello from Daugavpils' }).waitFor());
    await page.getByRole('button', { name: /^Public showcase/ }).click();
    await page.getByRole('group', { name: /^Public showcase: / }).waitFor();
    await audit.everywhere(page, 'document, the showcase panel');
    await page.keyboard.press('Escape');

    // A board a teacher locked.
    await open(page, `${base}/boards/${content.board.id}`, () => page.locator('.board-object--note').first().waitFor());
    await audit.everywhere(page, 'locked board, as a teacher');

    // A post waiting for review: the review's forms.
    await open(page, `${base}/posts/${submitted.id}`, () => editorOf(page).waitFor());
    await audit.everywhere(page, 'post waiting for review');
    await page.getByRole('button', { name: 'Request changes' }).click();
    await page.getByRole('button', { name: 'Request changes' }).last().waitFor();
    await audit.everywhere(page, 'post waiting for review, asking for changes');

    // The practice form: empty and saved without a title, and a practice's delete question.
    await open(page, `${base}/practices/new`);
    await audit.basics(page, 'practice form', 'en');
    await audit.everywhere(page, 'practice form');
    await page.getByRole('button', { name: 'Save the practice' }).click();
    await page.getByText('Give the practice a title.').waitFor();
    await audit.everywhere(page, 'practice form with its errors');
    await open(page, `${base}/practices/${content.practiceId}/edit`);
    await audit.everywhere(page, 'editing a practice');
    await open(page, `${base}/practices/${content.practiceId}`);
    await page.getByRole('button', { name: 'Delete “Songs with grandparents”' }).click();
    await page.getByRole('button', { name: 'Yes, delete it' }).waitFor();
    await audit.everywhere(page, 'a practice, the delete question');

    await context.close();
    audit.expectClean();
  });

  it('the coordinator’s partnership page and exports, the administrator, a guest', async () => {
    const base = kopa.url;
    const audit = new A11yAudit('teacher-partnership');
    const ilze = await newVisitor(browser, LAPTOP);
    await logIn(ilze.page, base, 'ilze');
    await open(ilze.page, `${base}/partnership`, () => ilze.page.getByRole('form', { name: 'Invite a school' }).waitFor());
    await audit.basics(ilze.page, 'partnership', 'en');
    await audit.everywhere(ilze.page, 'partnership, as the coordinator');
    const invite = ilze.page.getByRole('form', { name: 'Invite a school' });
    await invite.getByRole('button', { name: 'Create the invite link' }).click();
    await invite.locator('.field__error').first().waitFor();
    await audit.everywhere(ilze.page, 'partnership, invite form with its errors');
    await ilze.page.getByRole('button', { name: 'Start the export' }).first().click();
    await ilze.page.getByRole('link', { name: /^Download/ }).first().waitFor({ timeout: 60_000 });
    await audit.everywhere(ilze.page, 'partnership, an export ready');
    await ilze.context.close();

    const office = await newVisitor(browser, LAPTOP);
    await office.page.goto(`${base}/login`);
    await office.page.locator('input[name="username"]').fill('office');
    await office.page.locator('input[name="password"]').fill(adminPassword);
    await office.page.locator('form button[type="submit"]').click();
    await office.page.waitForURL((url) => url.pathname === '/admin');
    await h1(office.page);
    await audit.basics(office.page, 'administration', 'en');
    await audit.everywhere(office.page, 'administration');
    await office.page.getByRole('button', { name: 'Create the partnership' }).click();
    await office.page.locator('.field__error').first().waitFor();
    await audit.everywhere(office.page, 'administration, new partnership without a title');
    await office.context.close();

    const guest = await newVisitor(browser, LAPTOP);
    await logIn(guest.page, base, 'guest');
    await audit.everywhere(guest.page, 'guest home');
    await open(guest.page, `${base}/spaces/${content.team.id}`);
    await audit.everywhere(guest.page, 'team space, read only for a guest');
    await open(guest.page, `${base}/items/${content.doc.id}`, () => editorOf(guest.page).filter({ hasText: 'Hello from Daugavpils' }).waitFor());
    await audit.everywhere(guest.page, 'document, read only for a guest');
    await open(guest.page, `${base}/boards/${content.wall.id}`, () => guest.page.getByRole('region', { name: 'Ideas', exact: true }).waitFor());
    await audit.everywhere(guest.page, 'wall, read only for a guest');
    await open(guest.page, `${base}/blog/${content.published.id}`);
    await audit.everywhere(guest.page, 'reading a post as a guest');
    await guest.context.close();
    audit.expectClean();
  });

  it('a teacher hosting a live lesson: every tab of the dock, a poll being written, hands up', async () => {
    const base = kopa.url;
    const audit = new A11yAudit('teacher-live');
    const carmen = await newVisitor(browser, LAPTOP);
    const janis = await newVisitor(browser, LAPTOP);
    await Promise.all([logIn(carmen.page, base, 'carmen'), logIn(janis.page, base, 'janis')]);
    await open(carmen.page, `${base}/spaces/${content.team.id}`);
    await carmen.page.getByRole('button', { name: 'Start a live lesson' }).click();
    await audit.everywhere(carmen.page, 'starting a live lesson');
    await carmen.page.getByLabel('Lesson title (you can leave it empty)').fill('Maps of our towns');
    await carmen.page.getByRole('button', { name: 'Start the lesson' }).click();
    await dockOf(carmen.page).getByRole('heading', { name: 'Maps of our towns' }).waitFor();
    await janis.page.getByRole('button', { name: 'Join', exact: true }).click();
    await dockOf(janis.page).getByRole('button', { name: 'Raise my hand' }).click();
    await dockOf(carmen.page).getByText('1 hand up').first().waitFor();

    await open(carmen.page, `${base}/items/${content.doc.id}`, () => editorOf(carmen.page).filter({ hasText: 'Hello from Daugavpils' }).waitFor());
    for (const tab of ['Teach', 'People', 'Overview', 'Polls', 'Chat']) {
      await dockOf(carmen.page).getByRole('tab', { name: new RegExp(`^${tab}`) }).click();
      await audit.everywhere(carmen.page, `live lesson host, ${tab} tab`);
      // On a phone the dock may fold when the page changes size: open it again.
      const unfold = carmen.page.getByRole('button', { name: /Show the lesson panel/ });
      if (await unfold.isVisible()) await unfold.click();
    }
    await dockOf(carmen.page).getByRole('tab', { name: /^Polls/ }).click();
    await dockOf(carmen.page).getByRole('button', { name: 'New poll' }).click();
    await dockOf(carmen.page).getByLabel('Question').waitFor();
    await audit.everywhere(carmen.page, 'live lesson host, writing a poll');
    await Promise.all([carmen.context.close(), janis.context.close()]);
    audit.expectClean();
  });
});
