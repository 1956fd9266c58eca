import { waitFor } from '@kopa/testkit';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { A11yAudit } from './support/a11y-audit';
import { makeA11yContent, type A11yContent } from './support/a11y-content';
import { comment } from './support/blog-posts';
import { editorOf, LAPTOP, logIn, newVisitor } from './support/browser';
import { useKopaAndChromium } from './support/kopa-under-test';

const h1 = (page: Page, name?: string | RegExp) => page.getByRole('heading', { level: 1, ...(name ? { name } : {}) }).first().waitFor();
const dockOf = (page: Page) => page.getByRole('complementary', { name: 'Live lesson' });

/** A page of the app, once its heading is there; `ready` waits for what loads after it. */
async function open(page: Page, url: string, ready?: () => Promise<unknown>) {
  await page.goto(url);
  await h1(page);
  await ready?.();
}

describe('accessibility of what a pupil sees (WCAG 2.2 AA)', () => {
  const env = useKopaAndChromium();
  let content: A11yContent;
  beforeAll(async () => {
    content = await makeA11yContent(env.kopa.url);
    await content.janis.call('POST', `/items/${content.doc.id}/versions`, { name: 'First words' });
    await comment(content.carmen, content.published.id, 'What a lovely week!');
  });

  it('home and spaces: every state, on a laptop and a phone', async () => {
    const base = env.kopa.url;
    const audit = new A11yAudit('pupil-spaces');
    const { page, context } = await newVisitor(env.browser, LAPTOP);
    await logIn(page, base, 'janis');

    await audit.basics(page, 'home', 'en');
    await audit.everywhere(page, 'home');

    // The team's space: as it is, the new-document form with its error, an item's actions, renaming, deleting.
    await open(page, `${base}/spaces/${content.team.id}`, () => page.getByRole('link', { name: /Our first words/ }).waitFor());
    await audit.basics(page, 'team space', 'en');
    await audit.everywhere(page, 'team space');
    await page.getByRole('button', { name: 'New document' }).click();
    await page.getByRole('button', { name: 'Create' }).click();
    await page.getByText('Give your document a title.').waitFor();
    await audit.everywhere(page, 'team space, new document without a title');
    await page.getByRole('button', { name: 'Cancel' }).click();
    await page.getByRole('button', { name: 'New board' }).click();
    await audit.everywhere(page, 'team space, new board form');
    await page.getByRole('button', { name: 'Cancel' }).click();
    await page.getByRole('button', { name: 'Actions for Our first words' }).click();
    await audit.everywhere(page, 'team space, an item’s actions open');
    await page.getByRole('button', { name: 'Rename' }).click();
    await audit.everywhere(page, 'team space, renaming an item');
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Actions for Our first words' }).click();
    if (!(await page.getByRole('button', { name: 'Delete' }).isVisible())) await page.getByRole('button', { name: 'Actions for Our first words' }).click();
    await page.getByRole('button', { name: 'Delete' }).click();
    await page.getByRole('button', { name: 'Keep it' }).waitFor();
    await audit.everywhere(page, 'team space, confirming a delete');
    await page.getByRole('button', { name: 'Keep it' }).click();
    // A new team's space, with nothing in it yet.
    const team = await content.carmen.call<{ spaceId: string }>('POST', `/partnerships/${content.carmen.me.partnershipId}/teams`, {
      name: 'Storytellers',
      memberIds: [content.janis.me.id],
    });
    await open(page, `${base}/spaces/${team.spaceId}`, () => page.getByText('Nothing here yet.', { exact: false }).waitFor());
    await audit.everywhere(page, 'empty team space');
    // The partnership's space is the teachers' to write in: a banner says so.
    await open(page, `${base}/spaces/${content.partnershipSpace.id}`);
    await audit.everywhere(page, 'partnership space, read only for pupils');

    await context.close();
    audit.expectClean();
  });

  it('a document: editing, linking, its history, offline, on paper', async () => {
    const base = env.kopa.url;
    const audit = new A11yAudit('pupil-document');
    const { page, context } = await newVisitor(env.browser, LAPTOP);
    await logIn(page, base, 'janis');
    // A document: as it loads, the link editor, the history with a version open and what changed, offline.
    await open(page, `${base}/items/${content.doc.id}`, () => editorOf(page).filter({ hasText: 'Hello from Daugavpils' }).waitFor());
    await page.getByText('All changes saved').waitFor();
    await audit.basics(page, 'document', 'en');
    await audit.everywhere(page, 'document');
    await editorOf(page).getByText('Hello from Daugavpils').dblclick();
    await page.getByRole('button', { name: 'Link', exact: true }).click();
    await page.getByLabel('Web address for the link').fill('javascript:alert(1)');
    await page.getByRole('button', { name: 'Add link' }).click();
    await page.getByText('That does not look like a web address.', { exact: false }).waitFor();
    await audit.everywhere(page, 'document, link editor with an error');
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'History' }).click();
    const version = page.getByRole('group', { name: 'What to do with First words' });
    await version.waitFor();
    await audit.everywhere(page, 'document, history open');
    await version.getByRole('button', { name: 'What changed' }).click();
    await page.getByRole('heading', { name: 'What changed since “First words”' }).waitFor();
    await audit.everywhere(page, 'document, what changed since a version');
    await version.getByRole('button', { name: 'Open' }).click();
    await page.getByRole('heading', { name: 'Reading “First words”' }).waitFor();
    await audit.everywhere(page, 'document, reading a version');
    await page.getByRole('button', { name: 'Restore this version' }).click();
    await page.getByRole('button', { name: 'Yes, restore it' }).waitFor();
    await audit.everywhere(page, 'document, confirming a restore');
    await page.getByRole('button', { name: 'Keep the text as it is' }).click();
    await page.getByRole('button', { name: 'Close the history' }).click();
    await context.setOffline(true);
    await page.getByText('Offline', { exact: false }).first().waitFor();
    await audit.everywhere(page, 'document, offline');
    await context.setOffline(false);
    await page.getByText('All changes saved').waitFor();
    // On paper.
    await page.emulateMedia({ media: 'print' });
    await audit.axe(page, 'document, printed', { bestPractices: false });
    await page.emulateMedia({ media: 'screen' });

    await context.close();
    audit.expectClean();
  });

  it('blog posts: writing one, the blog, reading, commenting, reporting', async () => {
    const base = env.kopa.url;
    const audit = new A11yAudit('pupil-blog');
    const { page, context } = await newVisitor(env.browser, LAPTOP);
    await logIn(page, base, 'janis');
    // A blog post being written: details, the review form, who wrote what.
    await open(page, `${base}/posts/${content.draft.id}`, () => editorOf(page).waitFor());
    await audit.everywhere(page, 'post editor');
    await page.getByRole('button', { name: 'Submit for review' }).click();
    await page.getByRole('button', { name: 'Send for review' }).waitFor();
    await audit.everywhere(page, 'post editor, the review form open');
    await page.getByRole('button', { name: 'Show who wrote what' }).click();
    await page.getByRole('heading', { name: 'Who wrote what' }).waitFor();
    await audit.everywhere(page, 'post editor, who wrote what');
    await open(page, `${base}/posts/${content.published.id}`, () => editorOf(page).filter({ hasText: 'cooking fabada' }).waitFor());
    await audit.everywhere(page, 'post editor, published post');
    await page.emulateMedia({ media: 'print' });
    await audit.axe(page, 'post, printed', { bestPractices: false });
    await page.emulateMedia({ media: 'screen' });

    // The blog and a published post: reactions, comments, the report dialog.
    await open(page, `${base}/blog`, () => page.getByRole('link', { name: 'Our week in Gijón' }).waitFor());
    await audit.basics(page, 'blog', 'en');
    await audit.everywhere(page, 'blog');
    await page.getByLabel('Search the blog').fill('zzzz nothing');
    await page.getByRole('button', { name: 'Show all posts' }).waitFor();
    await audit.everywhere(page, 'blog, nothing found');
    await open(page, `${base}/blog/${content.published.id}`, () => page.getByText('What a lovely week!').waitFor());
    await audit.everywhere(page, 'reading a post');
    await page.getByRole('button', { name: 'Send comment' }).click();
    await page.getByText('Write something first.').waitFor();
    await audit.everywhere(page, 'reading a post, empty comment');
    await page.getByRole('button', { name: 'Report this post' }).click();
    await page.getByRole('dialog').waitFor();
    await audit.everywhere(page, 'reading a post, the report dialog');
    await page.keyboard.press('Escape');
    await page.emulateMedia({ media: 'print' });
    await audit.axe(page, 'reading a post, printed', { bestPractices: false });
    await page.emulateMedia({ media: 'screen' });

    await context.close();
    audit.expectClean();
  });

  it('boards: the canvas and a wall, with their menus', async () => {
    const base = env.kopa.url;
    const audit = new A11yAudit('pupil-boards');
    const { page, context } = await newVisitor(env.browser, LAPTOP);
    await logIn(page, base, 'janis');
    // A board: a note selected, the download menu, who is here.
    await open(page, `${base}/boards/${content.board.id}`, () => page.locator('.board-object--note').first().waitFor());
    await audit.basics(page, 'board', 'en');
    await audit.everywhere(page, 'board');
    await page.locator('.board-object--note', { hasText: 'The river' }).click();
    await page.getByText('selected', { exact: false }).first().waitFor();
    await audit.everywhere(page, 'board, a note selected');
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Download' }).click();
    await page.getByRole('button', { name: 'Picture (PNG)' }).waitFor();
    await audit.everywhere(page, 'board, the download menu open');
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: / here$/ }).click();
    await audit.everywhere(page, 'board, who is here');
    await page.keyboard.press('Escape');

    // A board a teacher locked: the pupil is told why the tools are gone.
    await content.carmen.call('PATCH', `/items/${content.board.id}`, { locked: true });
    await open(page, `${base}/boards/${content.board.id}`, () => page.getByText('A teacher locked this board', { exact: false }).waitFor());
    await audit.everywhere(page, 'board, locked by a teacher');
    await content.carmen.call('PATCH', `/items/${content.board.id}`, { locked: false });

    // A wall: an empty column, a note, a note's and a column's actions.
    await open(page, `${base}/boards/${content.wall.id}`, () => page.getByRole('region', { name: 'Ideas', exact: true }).waitFor());
    await audit.everywhere(page, 'wall, empty');
    await page.getByRole('button', { name: 'Add note to “Ideas”' }).click();
    await waitFor(() => page.evaluate(() => document.activeElement instanceof HTMLTextAreaElement), { message: 'the caret in the new note' });
    await page.keyboard.type('Visit the bakery museum');
    await page.getByRole('button', { name: 'Actions for note 1 in “Ideas”' }).click();
    await audit.everywhere(page, 'wall, a note’s actions');
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Actions for the column “Questions”' }).click();
    await audit.everywhere(page, 'wall, a column’s actions');
    await page.keyboard.press('Escape');

    await context.close();
    audit.expectClean();
  });

  it('teams, visits and good practices', async () => {
    const base = env.kopa.url;
    const audit = new A11yAudit('pupil-pages');
    const { page, context } = await newVisitor(env.browser, LAPTOP);
    await logIn(page, base, 'janis');
    // Teams, visits, practices.
    await open(page, `${base}/teams`);
    await audit.everywhere(page, 'teams');
    await open(page, `${base}/mobilities`);
    await audit.everywhere(page, 'visits');
    await open(page, `${base}/practices`, () => page.getByRole('link', { name: 'Songs with grandparents' }).waitFor());
    await audit.everywhere(page, 'practices');
    await page.getByRole('group', { name: 'Countries' }).getByRole('button', { name: /^Latvia/ }).click();
    await audit.everywhere(page, 'practices, filtered');
    await page.getByLabel('Search the practices').fill('zzzz nothing');
    await page.getByText('No practice matches').waitFor();
    await audit.everywhere(page, 'practices, nothing found');
    await open(page, `${base}/practices/${content.practiceId}`);
    await audit.everywhere(page, 'a practice');

    await context.close();
    audit.expectClean();
  });

  it('a live lesson: the invitation, the dock open and a hand raised', async () => {
    const base = env.kopa.url;
    const audit = new A11yAudit('pupil-live');
    const carmen = await newVisitor(env.browser, LAPTOP);
    const janis = await newVisitor(env.browser, LAPTOP);
    await Promise.all([logIn(carmen.page, base, 'carmen'), logIn(janis.page, base, 'janis')]);
    await open(carmen.page, `${base}/spaces/${content.team.id}`);
    await carmen.page.getByRole('button', { name: 'Start a live lesson' }).click();
    await carmen.page.getByLabel('Lesson title (you can leave it empty)').fill('Maps of our towns');
    await carmen.page.getByRole('button', { name: 'Start the lesson' }).click();
    await dockOf(carmen.page).getByRole('heading', { name: 'Maps of our towns' }).waitFor();

    await janis.page.getByText('Carmen started a live lesson in Welcome').waitFor();
    await audit.everywhere(janis.page, 'live lesson invitation');
    await janis.page.getByRole('button', { name: 'Join', exact: true }).click();
    await dockOf(janis.page).waitFor();
    await open(janis.page, `${base}/items/${content.doc.id}`, () => editorOf(janis.page).filter({ hasText: 'Hello from Daugavpils' }).waitFor());
    await audit.everywhere(janis.page, 'live lesson, the dock open on a document');
    await dockOf(janis.page).getByRole('button', { name: 'Raise my hand' }).click();
    await dockOf(janis.page).getByRole('button', { name: 'Lower my hand' }).waitFor();
    await audit.everywhere(janis.page, 'live lesson, hand raised');
    for (const visitor of [carmen, janis]) await visitor.context.close();
    audit.expectClean();
  });

  it('honours reduced motion: no animation or transition runs longer than 0.01 s', async () => {
    const base = env.kopa.url;
    const { page, context } = await newVisitor(env.browser, LAPTOP);
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await logIn(page, base, 'janis');
    const longest = () =>
      page.evaluate(() => {
        const seconds = (value: string) => Math.max(...value.split(',').map((part) => (part.trim().endsWith('ms') ? parseFloat(part) / 1000 : parseFloat(part))));
        let worst = { seconds: 0, where: '' };
        for (const element of Array.from(document.querySelectorAll('*'))) {
          for (const pseudo of [null, '::before', '::after']) {
            const style = getComputedStyle(element, pseudo);
            const longestHere = Math.max(seconds(style.animationDuration), seconds(style.transitionDuration));
            if (longestHere > worst.seconds) worst = { seconds: longestHere, where: `${element.tagName.toLowerCase()}.${String(element.getAttribute('class') ?? '')}${pseudo ?? ''}` };
          }
        }
        return worst;
      });
    for (const [url, ready] of [
      ['/', () => h1(page)],
      [`/spaces/${content.team.id}`, () => h1(page)],
      [`/items/${content.doc.id}`, () => editorOf(page).filter({ hasText: 'Hello from Daugavpils' }).waitFor()],
      [`/boards/${content.board.id}`, () => page.locator('.board-object--note').first().waitFor()],
      [`/boards/${content.wall.id}`, () => page.getByRole('region', { name: 'Ideas', exact: true }).waitFor()],
      [`/blog/${content.published.id}`, () => page.getByText('What a lovely week!').waitFor()],
      ['/teams', () => h1(page)],
    ] as const) {
      await page.goto(`${base}${url}`);
      await ready();
      const worst = await longest();
      expect(worst.seconds, `${url}: ${worst.where}`).toBeLessThanOrEqual(0.01);
    }
    // And without the wish, the calm movements are there (the check above can fail).
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    expect((await longest()).seconds).toBeGreaterThan(0.01);
    await context.close();
  });

  it('colour is never the only sign: who wrote what, who is here, locks and statuses also say it in words or shapes', async () => {
    const base = env.kopa.url;
    const { page, context } = await newVisitor(env.browser, LAPTOP);
    await logIn(page, base, 'janis');
    // Who wrote what: each writer's words have their own underline style, a name on hover and, where the writer changes, for screen readers.
    await content.carmen.call('PATCH', `/items/${content.board.id}`, { locked: true });
    await open(page, `${base}/posts/${content.published.id}`, () => editorOf(page).filter({ hasText: 'cooking fabada' }).waitFor());
    await page.getByRole('button', { name: 'Show who wrote what' }).click();
    const legend = page.getByRole('list', { name: 'Writers' });
    await legend.getByText('Jānis (LV)').waitFor();
    const runs = page.locator('.authorship-view__run');
    await runs.first().waitFor();
    expect(await runs.first().getAttribute('title')).toBe('Jānis (LV)');
    expect(await runs.first().locator('.visually-hidden').textContent()).toContain('Jānis (LV)');
    const underline = await runs.first().evaluate((run) => getComputedStyle(run).textDecorationLine);
    expect(underline).toContain('underline');
    // Who is here: an initial and a name, not only a coloured dot.
    await open(page, `${base}/spaces/${content.team.id}`);
    const here = page.locator('.space-presence .avatar').first();
    await here.waitFor();
    expect((await here.textContent())?.trim()).toMatch(/^\p{Lu}$/u);
    expect(await here.getAttribute('aria-label')).toBeTruthy();
    // A locked board and a post's status: words and an icon in the list.
    const locked = page.getByRole('link', { name: /^Open Map of our towns/ });
    await locked.getByText('Locked').waitFor();
    expect(await locked.locator('.item-link__badge--locked svg').count()).toBe(1);
    const status = page.getByRole('link', { name: /^Open Our week in Gijón/ }).locator('.status-chip');
    expect((await status.textContent())?.trim()).toContain('Published');
    expect(await status.locator('svg').count()).toBe(1);
    await content.carmen.call('PATCH', `/items/${content.board.id}`, { locked: false });
    await context.close();
  });

  it('in Latvian: home, a space, a document and a board', async () => {
    const base = env.kopa.url;
    const audit = new A11yAudit('pupil-lv');
    const { page, context } = await newVisitor(env.browser, LAPTOP, 'lv-LV');
    await page.goto(`${base}/login`);
    await page.locator('input[name="username"]').fill('janis');
    await page.locator('input[name="password"]').fill('kopa-demo');
    await page.locator('form button[type="submit"]').click();
    await page.waitForURL((url) => url.pathname === '/');
    await h1(page);
    await audit.basics(page, 'home [lv]', 'lv');
    await audit.everywhere(page, 'home [lv]');
    await open(page, `${base}/spaces/${content.team.id}`);
    await audit.basics(page, 'team space [lv]', 'lv');
    await audit.everywhere(page, 'team space [lv]');
    await open(page, `${base}/items/${content.doc.id}`, () => editorOf(page).filter({ hasText: 'Hello from Daugavpils' }).waitFor());
    await audit.basics(page, 'document [lv]', 'lv');
    await audit.everywhere(page, 'document [lv]');
    await open(page, `${base}/boards/${content.board.id}`, () => page.locator('.board-object--note').first().waitFor());
    await audit.everywhere(page, 'board [lv]');
    await open(page, `${base}/blog/${content.published.id}`, () => page.getByText('What a lovely week!').waitFor());
    await audit.everywhere(page, 'reading a post [lv]');
    await context.close();
    audit.expectClean();
  });
});
