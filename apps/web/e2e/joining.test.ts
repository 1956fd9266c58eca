import { execFile } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeTempDir, startKopaProcess, stopKopaProcess, waitFor, type KopaProcess } from '@kopa/testkit';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LAPTOP, launchChromium, newVisitor, PHONE } from './support/browser';
import { ensureWebAppBuilt, SCREENSHOTS } from './support/kopa-under-test';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/** The administrator, made with the CLI (`npm run kopa -- admin create`) before Kopa first starts. */
function createAdminWithCli(dataDir: string, username: string): Promise<string> {
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

const noSideways = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

async function logInAs(page: Page, baseUrl: string, username: string, password = 'kopa-demo'): Promise<void> {
  await page.goto(`${baseUrl}/login`);
  await page.getByLabel('Username or e-mail').fill(username);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Log in' }).click();
  await page.waitForURL((url) => url.pathname !== '/login');
}

/** Who the page's session belongs to, as the server says. */
const whoAmI = (page: Page) => page.evaluate(async () => (await (await fetch('/api/me')).json()) as { role: string; username: string });

describe('joining a partnership with an invite link', () => {
  let browser: Browser;
  let kopa: KopaProcess;
  let data: Awaited<ReturnType<typeof makeTempDir>>;
  let adminPassword: string;

  beforeAll(async () => {
    ensureWebAppBuilt();
    mkdirSync(SCREENSHOTS, { recursive: true });
    data = await makeTempDir('kopa-e2e-join-');
    adminPassword = await createAdminWithCli(data.path, 'office');
    [kopa, browser] = await Promise.all([startKopaProcess(data.path), launchChromium()]);
  });
  afterAll(async () => {
    await browser?.close();
    await stopKopaProcess(kopa, 'SIGTERM');
    await data?.remove();
  });

  it('the coordinator invites a school; a new teacher opens the link on a phone, joins and lands at home', async () => {
    const ilze = await newVisitor(browser, LAPTOP);
    await logInAs(ilze.page, kopa.url, 'ilze');
    await ilze.page.getByRole('link', { name: 'Partnership', exact: true }).click();
    await ilze.page.getByRole('heading', { name: 'Together in our diversity', level: 1 }).waitFor();

    const invite = ilze.page.getByRole('form', { name: 'Invite a school' });
    await invite.getByLabel('School’s name').fill('Escola Básica de Porto');
    await invite.getByLabel('City').fill('Porto');
    await invite.getByLabel('Country').selectOption('PT');
    await invite.getByRole('button', { name: 'Create the invite link' }).click();
    await ilze.page.getByText('Here is the link.').waitFor();
    const link = await ilze.page.getByLabel('Invite link').first().inputValue();
    expect(link).toMatch(new RegExp(`^${kopa.url}/join/[A-Za-z0-9_-]{32}$`));
    // The school is listed at once, before any of its teachers has joined.
    await ilze.page.getByRole('region', { name: 'Schools' }).getByText('Escola Básica de Porto').waitFor();
    await ilze.page.screenshot({ path: `${SCREENSHOTS}/partnership-coordinator-laptop.png`, fullPage: true });

    const teacher = await newVisitor(browser, PHONE);
    await teacher.page.goto(link);
    await teacher.page
      .getByText('You are invited to join “Together in our diversity” as a teacher of Escola Básica de Porto.')
      .waitFor();
    expect(await noSideways(teacher.page)).toBe(true);
    await teacher.page.screenshot({ path: `${SCREENSHOTS}/join-teacher-phone.png`, fullPage: true });
    await teacher.page.getByLabel('Your name').fill('Joana');
    await teacher.page.getByLabel('E-mail').fill('joana@escola.example.pt');
    await teacher.page.getByLabel('Password', { exact: true }).fill('douro-river-1');
    await teacher.page.getByRole('button', { name: 'Join', exact: true }).click();
    await teacher.page.getByRole('heading', { name: 'Hi Joana!' }).waitFor();
    expect(new URL(teacher.page.url()).pathname).toBe('/');
    expect(await whoAmI(teacher.page)).toMatchObject({ role: 'teacher', username: 'joana@escola.example.pt' });
    expect(teacher.pageErrors).toEqual([]);
    await teacher.context.close();

    // Back on the coordinator's page, the link shows it was used.
    await ilze.page.reload();
    await ilze.page.getByText('Used once').waitFor();
    expect(ilze.pageErrors).toEqual([]);
    await ilze.context.close();
  });

  it('a teacher makes a guest link on a phone; the guest joins with just a name and reads', async () => {
    const carmen = await newVisitor(browser, PHONE);
    await logInAs(carmen.page, kopa.url, 'carmen');
    await carmen.page.goto(`${kopa.url}/partnership`);
    await carmen.page.getByRole('heading', { name: 'Together in our diversity', level: 1 }).waitFor();
    // On a phone the main navigation scrolls sideways: the current page's entry is in sight.
    const here = (await carmen.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Partnership' }).boundingBox())!;
    expect(here.x >= 0 && here.x + here.width <= PHONE.width).toBe(true);
    // Log out shows only its icon here, and keeps its name.
    await carmen.page.getByRole('button', { name: 'Log out' }).waitFor();
    // A teacher reads the settings and may not invite schools.
    expect(await carmen.page.getByRole('form', { name: 'Invite a school' }).count()).toBe(0);
    await carmen.page.getByText('Attribution-ShareAlike (CC BY-SA 4.0)', { exact: true }).waitFor();

    const guestForm = carmen.page.getByRole('form', { name: 'Guest links' });
    await guestForm.getByLabel('Who is it for?').fill('Parents of class 7B');
    await guestForm.getByLabel('Days it works').fill('3');
    await guestForm.getByRole('button', { name: 'Create the guest link' }).click();
    await carmen.page.getByText('Here is the link.').waitFor();
    const link = await carmen.page.getByLabel('Invite link').first().inputValue();
    expect(await noSideways(carmen.page)).toBe(true);
    await carmen.page.screenshot({ path: `${SCREENSHOTS}/partnership-teacher-phone.png`, fullPage: true });

    const guest = await newVisitor(browser, LAPTOP);
    await guest.page.goto(link);
    await guest.page.getByText('This link is for: Parents of class 7B').waitFor();
    await guest.page.screenshot({ path: `${SCREENSHOTS}/join-guest-laptop.png`, fullPage: true });
    expect(await guest.page.getByLabel('E-mail').count()).toBe(0);
    await guest.page.getByLabel('Your name').fill('Marta');
    await guest.page.getByRole('button', { name: 'Go in as a guest' }).click();
    await guest.page.getByRole('heading', { name: 'Hi Marta!' }).waitFor();
    await guest.page.getByText('Read only').first().waitFor();
    expect(guest.pageErrors).toEqual([]);

    // Carmen takes the link back, after saying so once: keeping it changes nothing.
    const revoke = carmen.page.getByRole('button', { name: 'Revoke the link for Guests: Parents of class 7B' }).first();
    await revoke.click();
    const ask = carmen.page.getByRole('group', { name: 'Revoke the link for Guests: Parents of class 7B' });
    await ask.getByText('Revoke this link? Anyone who has it can no longer join; guests who came with it are signed out.').waitFor();
    await ask.getByRole('button', { name: 'Keep' }).click();
    await ask.waitFor({ state: 'detached' });
    await guest.page.reload();
    await guest.page.getByRole('heading', { name: 'Hi Marta!' }).waitFor();
    // Revoked: the guest's next visit finds the login page.
    await revoke.click();
    await ask.getByRole('button', { name: 'Revoke', exact: true }).click();
    await carmen.page.getByText('Revoked', { exact: true }).waitFor();
    await guest.page.reload();
    await guest.page.getByRole('button', { name: 'Log in' }).waitFor();
    await guest.page.goto(link);
    await guest.page.getByRole('heading', { name: 'This link does not work' }).waitFor();
    await guest.context.close();
    expect(carmen.pageErrors).toEqual([]);
    await carmen.context.close();
  });

  it('the administrator starts a partnership; its coordinator joins with their school and shapes it', async () => {
    const admin = await newVisitor(browser, LAPTOP);
    await logInAs(admin.page, kopa.url, 'office', adminPassword);
    // The administrator's home is the administration.
    await admin.page.getByRole('heading', { name: 'Administration', level: 1 }).waitFor();
    await admin.page.getByText('Administrator', { exact: true }).waitFor();
    // Sent empty: the focus goes to the first field to fix.
    await admin.page.getByRole('button', { name: 'Create the partnership' }).click();
    await admin.page.getByText('Give the partnership a title (at least 3 characters).').waitFor();
    await waitFor(() => admin.page.getByLabel('Title').evaluate((field) => field === document.activeElement), { message: 'focus on Title' });
    await admin.page.getByLabel('Title').fill('Rivers that connect us');
    await admin.page.getByLabel('Reference code').fill('2026-1-LV01-KA220-SCH-000777');
    await admin.page.getByLabel('Starts on').fill('2026-09-01');
    await admin.page.getByLabel('Ends on').fill('2028-08-31');
    // Side by side in the form's card, without overlapping or sticking out of it.
    const card = (await admin.page.getByRole('region', { name: 'Start a new partnership' }).boundingBox())!;
    const [starts, ends] = [(await admin.page.getByLabel('Starts on').boundingBox())!, (await admin.page.getByLabel('Ends on').boundingBox())!];
    expect(starts.x + starts.width).toBeLessThanOrEqual(ends.x);
    expect(ends.x + ends.width).toBeLessThanOrEqual(card.x + card.width);
    await admin.page.getByRole('button', { name: 'Create the partnership' }).click();
    await admin.page.getByText('“Rivers that connect us” is ready.').waitFor();
    const link = await admin.page.getByLabel('Invite link').first().inputValue();
    await admin.page.getByText('Waiting for the coordinator to join with the link').waitFor();
    await admin.page.screenshot({ path: `${SCREENSHOTS}/admin-laptop.png`, fullPage: true });
    await admin.page.setViewportSize(PHONE);
    expect(await noSideways(admin.page)).toBe(true);
    await admin.page.screenshot({ path: `${SCREENSHOTS}/admin-phone.png`, fullPage: true });
    expect(admin.pageErrors).toEqual([]);

    const coordinator = await newVisitor(browser, PHONE);
    await coordinator.page.goto(link);
    await coordinator.page.getByText(/^You are invited to coordinate the partnership “Rivers that connect us”/).waitFor();
    await coordinator.page.getByLabel('Your name').fill('Inese');
    await coordinator.page.getByLabel('E-mail').fill('inese@skola.example.lv');
    await coordinator.page.getByLabel('Password', { exact: true }).fill('riverside-2026');
    // Asked for their school too: nothing is sent until it is complete.
    await coordinator.page.getByRole('button', { name: 'Join', exact: true }).click();
    await coordinator.page.getByText('Enter the school’s name.').waitFor();
    await waitFor(() => coordinator.page.getByLabel('School’s name').evaluate((field) => field === document.activeElement), {
      message: 'focus on the school’s name',
    });
    await coordinator.page.getByLabel('School’s name').fill('Rīgas 1. vidusskola');
    await coordinator.page.getByLabel('City').fill('Rīga');
    await coordinator.page.getByLabel('Country').selectOption('LV');
    expect(await noSideways(coordinator.page)).toBe(true);
    await coordinator.page.screenshot({ path: `${SCREENSHOTS}/join-coordinator-phone.png`, fullPage: true });
    await coordinator.page.getByRole('button', { name: 'Join', exact: true }).click();
    await coordinator.page.getByRole('heading', { name: 'Hi Inese!' }).waitFor();

    await coordinator.page.goto(`${kopa.url}/partnership`);
    await coordinator.page.getByRole('heading', { name: 'Rivers that connect us', level: 1 }).waitFor();
    const about = coordinator.page.getByRole('region', { name: 'About the partnership' });
    await about.getByLabel('New theme').fill('water');
    await about.getByLabel('New theme').press('Enter');
    await about.getByLabel('Add a language').selectOption('lv');
    await about.getByLabel('Licence for what the partnership makes').selectOption('CC-BY-4.0');
    await about.getByRole('button', { name: 'Save changes' }).click();
    await about.getByText('Saved.').waitFor();
    await coordinator.page.reload();
    await coordinator.page.getByRole('button', { name: 'Remove water' }).waitFor();
    await coordinator.page.getByRole('button', { name: 'Remove Latvian' }).waitFor();
    expect(await noSideways(coordinator.page)).toBe(true);
    await coordinator.page.screenshot({ path: `${SCREENSHOTS}/partnership-new-coordinator-phone.png`, fullPage: true });
    expect(coordinator.pageErrors).toEqual([]);
    await coordinator.context.close();

    await admin.page.reload();
    await admin.page.getByText('Coordinator: Inese').waitFor();
    await admin.context.close();
  });

  it('a broken link gets a friendly message, signed out or in', async () => {
    const visitor = await newVisitor(browser, PHONE);
    await visitor.page.goto(`${kopa.url}/join/this-is-not-a-real-invite-link-at-all`);
    await visitor.page.getByRole('heading', { name: 'This link does not work' }).waitFor();
    await visitor.page.getByRole('link', { name: 'Go to the login page' }).click();
    await visitor.page.getByRole('button', { name: 'Log in' }).waitFor();
    expect(visitor.pageErrors).toEqual([]);
    await visitor.context.close();
  });
});
