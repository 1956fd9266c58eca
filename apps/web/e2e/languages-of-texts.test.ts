import { mkdirSync } from 'node:fs';
import type { ItemDetail, ItemSummary, Me, SpaceSummary } from '@kopa/protocol';
import { waitFor } from '@kopa/testkit';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from './support/axe';
import { apiUser, type ApiUser } from './support/blog-posts';
import { editorOf, LAPTOP, logIn, newVisitor, PHONE } from './support/browser';
import { useKopaAndChromium } from './support/kopa-under-test';

const SHOTS = '/tmp/shots/languages';
mkdirSync(SHOTS, { recursive: true });

/** A new document in the team space "Welcome", made over the REST API as the page would. */
async function newItem(user: ApiUser, body: { title: string; type?: string; layout?: string }): Promise<ItemSummary> {
  const spaces = await user.call<SpaceSummary[]>('GET', '/spaces');
  const welcome = spaces.find((space) => space.title === 'Welcome')!;
  return user.call<ItemSummary>('POST', `/spaces/${welcome.id}/items`, body);
}

/** Waits until the editor takes typing (its content has arrived from the server). */
async function writable(page: Page): Promise<void> {
  await waitFor(async () => (await editorOf(page).getAttribute('contenteditable')) === 'true', { message: 'a writable editor' });
}

/** Types `before`, then `passage` selected, marks it with `language` from the toolbar, then types `after`. */
async function writeWithPassage(page: Page, before: string, passage: string, language: string, after: string): Promise<void> {
  await editorOf(page).click();
  await page.keyboard.type(`${before}${passage}`);
  for (let i = 0; i < passage.length; i++) await page.keyboard.press('Shift+ArrowLeft');
  await page.getByRole('button', { name: 'Mark language of the selection' }).click();
  await page.getByRole('region', { name: 'Which language are the selected words in?' }).getByRole('button', { name: language }).click();
  await editorOf(page).locator('span[lang]', { hasText: passage }).waitFor();
  await page.keyboard.press('End');
  await page.keyboard.type(after);
}

describe('the languages of texts', () => {
  const env = useKopaAndChromium();

  it('the interface language is remembered for the person: chosen on one browser, it greets them on another', async () => {
    const first = await newVisitor(env.browser, LAPTOP, 'en-GB');
    await logIn(first.page, env.kopa.url, 'giulia');
    await first.page.getByLabel('Language').selectOption('de');
    await first.page.getByRole('heading', { name: 'Deine Räume' }).waitFor();
    const giulia = await apiUser(env.kopa.url, 'giulia');
    await waitFor(async () => (await giulia.call<Me>('GET', '/me')).locale === 'de', { message: 'German saved for Giulia' });

    // Another computer, whose browser prefers English and has never seen Kopa.
    const second = await newVisitor(env.browser, LAPTOP, 'en-GB');
    await second.page.goto(`${env.kopa.url}/login`);
    await second.page.getByLabel('Username or e-mail').fill('giulia');
    await second.page.getByLabel('Password', { exact: true }).fill('kopa-demo');
    await second.page.getByRole('button', { name: 'Log in' }).click();
    await second.page.getByRole('heading', { name: 'Deine Räume' }).waitFor();
    expect(await second.page.evaluate(() => document.documentElement.lang)).toBe('de');
    // And it stays German on this device after a reload.
    await second.page.reload();
    await second.page.getByRole('heading', { name: 'Deine Räume' }).waitFor();

    expect([...first.pageErrors, ...second.pageErrors]).toEqual([]);
    await first.context.close();
    await second.context.close();
  });

  it('a document: its language, a Latvian passage marked from the toolbar, kept by the server, shown in the list', async () => {
    const janis = await apiUser(env.kopa.url, 'janis');
    const greetings = await newItem(janis, { title: 'Greetings from our visit' });
    const { page, context, pageErrors } = await newVisitor(env.browser, LAPTOP);
    await logIn(page, env.kopa.url, 'janis');
    await page.goto(`${env.kopa.url}/items/${greetings.id}`);
    await writable(page);

    // The Language control: the partnership's languages first, each named in itself.
    const control = page.getByLabel('Language of the text');
    expect(await control.inputValue()).toBe('');
    const working = await page.locator('optgroup[label="Our partnership’s languages"] option').allTextContents();
    expect(working).toEqual(['English', 'Latviešu', 'Español', 'Italiano', 'Română']);
    await expectNoAxeViolations(page, 'a document page with the Language control');
    // Lucía has it open on her phone meanwhile.
    const lucia = await newVisitor(env.browser, PHONE);
    await logIn(lucia.page, env.kopa.url, 'lucia');
    await lucia.page.goto(`${env.kopa.url}/items/${greetings.id}`);
    await writable(lucia.page);
    await control.selectOption('en');
    await waitFor(async () => (await editorOf(page).getAttribute('lang')) === 'en', { message: 'lang="en" on the writing area' });
    // Her page follows without a reload: her screen reader now reads it as English.
    await waitFor(async () => (await editorOf(lucia.page).getAttribute('lang')) === 'en', { message: 'lang="en" for Lucía too' });
    expect(await lucia.page.getByLabel('Language of the text').inputValue()).toBe('en');
    await lucia.context.close();
    await waitFor(async () => (await janis.call<ItemDetail>('GET', `/items/${greetings.id}`)).language === 'en', { message: 'the language saved' });

    // A passage in Latvian: selected, then marked from the toolbar's language menu.
    await editorOf(page).click();
    await page.keyboard.type('We said Labdien');
    for (let i = 0; i < 'Labdien'.length; i++) await page.keyboard.press('Shift+ArrowLeft');
    await page.getByRole('button', { name: 'Mark language of the selection' }).click();
    const menu = page.getByRole('region', { name: 'Which language are the selected words in?' });
    await menu.waitFor();
    await expectNoAxeViolations(page, 'the language menu open');
    await page.screenshot({ path: `${SHOTS}/document-language-menu-laptop.png` });
    await menu.getByRole('button', { name: 'Latviešu' }).click();
    await menu.waitFor({ state: 'detached' });
    const passage = editorOf(page).locator('span[lang="lv"]');
    await passage.waitFor();
    expect(await passage.textContent()).toBe('Labdien');
    await page.keyboard.press('End');
    await page.keyboard.type(' to our hosts.');
    expect(await passage.textContent()).toBe('Labdien');
    await expectNoAxeViolations(page, 'a document with a marked passage, the menu closed');

    // The server has it: a fresh load shows the passage with its language.
    await page.reload();
    await editorOf(page).locator('span[lang="lv"]', { hasText: 'Labdien' }).waitFor();
    expect(await editorOf(page).getAttribute('lang')).toBe('en');
    expect(await editorOf(page).textContent()).toBe('We said Labdien to our hosts.');

    // With the caret inside the passage, the menu knows its language and takes the mark away.
    await writable(page);
    await editorOf(page).locator('span[lang="lv"]').click();
    await page.getByRole('button', { name: 'Mark language of the selection' }).click();
    expect(await menu.getByRole('button', { name: 'Latviešu' }).getAttribute('aria-pressed')).toBe('true');
    await menu.getByRole('button', { name: 'Remove language mark' }).click();
    await waitFor(async () => (await editorOf(page).locator('span[lang]').count()) === 0, { message: 'the mark removed' });
    expect(await editorOf(page).textContent()).toBe('We said Labdien to our hosts.');
    await page.keyboard.press('Control+z');
    await editorOf(page).locator('span[lang="lv"]').waitFor();
    await page.screenshot({ path: `${SHOTS}/document-language-laptop.png` });

    // The space's list tags the document with its language.
    await page.getByRole('link', { name: /Back to Welcome/ }).click();
    const row = page.getByRole('link', { name: /Greetings from our visit/ });
    await row.getByText('EN', { exact: true }).waitFor();
    expect(await row.textContent()).toContain('English');

    // On a phone: the control and the toolbar fit.
    const phone = await newVisitor(env.browser, PHONE);
    await logIn(phone.page, env.kopa.url, 'lucia');
    await phone.page.goto(`${env.kopa.url}/items/${greetings.id}`);
    await writable(phone.page);
    expect(await phone.page.getByLabel('Language of the text').inputValue()).toBe('en');
    await phone.page.locator('.editor-surface__content span[lang="lv"]').click();
    await phone.page.getByRole('button', { name: 'Mark language of the selection' }).click();
    await phone.page.getByRole('region', { name: 'Which language are the selected words in?' }).waitFor();
    await phone.page.screenshot({ path: `${SHOTS}/document-language-menu-phone.png`, fullPage: true });
    expect(await phone.page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await expectNoAxeViolations(phone.page, 'the language menu on a phone');
    await phone.page.getByRole('button', { name: 'Cancel' }).click();
    await phone.page.screenshot({ path: `${SHOTS}/document-language-phone.png`, fullPage: true });

    expect([...pageErrors, ...phone.pageErrors]).toEqual([]);
    await phone.context.close();
    await context.close();
  });

  it('a post’s editor and reader carry its language and its passages; a board carries its own; readers see it', async () => {
    const janis = await apiUser(env.kopa.url, 'janis');
    const carmen = await apiUser(env.kopa.url, 'carmen');
    const post = await newItem(janis, { title: 'Hola from Gijón', type: 'post' });
    await janis.call('PATCH', `/posts/${post.id}`, { language: 'en' });
    const { page, context, pageErrors } = await newVisitor(env.browser, LAPTOP);
    await logIn(page, env.kopa.url, 'janis');
    await page.goto(`${env.kopa.url}/posts/${post.id}`);
    await writable(page);
    expect(await editorOf(page).getAttribute('lang')).toBe('en');
    await writeWithPassage(page, 'Everyone said ', '¡Buenos días!', 'Español', ' every morning.');
    await page.getByText('All changes saved').waitFor();

    await janis.call('POST', `/posts/${post.id}/submit`, { message: '' });
    await carmen.call('POST', `/posts/${post.id}/publish`, {});
    await page.goto(`${env.kopa.url}/blog/${post.id}`);
    const content = page.locator('.post-content');
    await content.locator('span[lang="es"]', { hasText: '¡Buenos días!' }).waitFor();
    expect(await content.getAttribute('lang')).toBe('en');
    await expectNoAxeViolations(page, 'the post reader with a Spanish passage');

    // A board: its language is set in its header; its notes carry it.
    const board = await newItem(janis, { title: 'Plan in Latvian', type: 'board', layout: 'canvas' });
    await page.goto(`${env.kopa.url}/boards/${board.id}`);
    const control = page.getByLabel('Language of the text');
    await control.selectOption('lv');
    await page.locator('svg.board-canvas__svg[lang="lv"]').waitFor();
    await waitFor(async () => (await janis.call<ItemDetail>('GET', `/items/${board.id}`)).language === 'lv', { message: 'the board’s language saved' });
    await expectNoAxeViolations(page, 'a board with its Language control');
    await page.screenshot({ path: `${SHOTS}/board-language-laptop.png` });

    // A guest may not change it, and reads it instead.
    const guest = await newVisitor(env.browser, PHONE);
    await logIn(guest.page, env.kopa.url, 'guest');
    await guest.page.goto(`${env.kopa.url}/boards/${board.id}`);
    const said = guest.page.getByTitle('Written in Latvian');
    await said.waitFor();
    expect(await said.textContent()).toBe('Written in LatvianLatviešu');
    expect(await guest.page.getByLabel('Language of the text').count()).toBe(0);
    await guest.page.screenshot({ path: `${SHOTS}/board-language-guest-phone.png` });

    expect([...pageErrors, ...guest.pageErrors]).toEqual([]);
    await guest.context.close();
    await context.close();
  });
});
