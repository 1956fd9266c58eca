import { mkdirSync } from 'node:fs';
import type { ItemSummary, SpaceSummary } from '@kopa/protocol';
import { waitFor } from '@kopa/testkit';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from './support/axe';
import { apiUser, type ApiUser } from './support/blog-posts';
import { editorOf, LAPTOP, logIn, newVisitor, PHONE } from './support/browser';
import { finishUtterance, installFakeSpeech, speechCalls, spokenUtterances } from './support/fake-speech';
import { useKopaAndChromium } from './support/kopa-under-test';

const SHOTS = '/tmp/shots/languages';
mkdirSync(SHOTS, { recursive: true });

/** The device's voices in these tests: English and Latvian, nothing else. */
const VOICES = [
  { name: 'Daniel (English)', lang: 'en-GB' },
  { name: 'Laura (Latviešu)', lang: 'lv-LV' },
];

async function newItem(user: ApiUser, body: { title: string; type?: string; layout?: string; columns?: string[] }): Promise<ItemSummary> {
  const spaces = await user.call<SpaceSummary[]>('GET', '/spaces');
  const welcome = spaces.find((space) => space.title === 'Welcome')!;
  return user.call<ItemSummary>('POST', `/spaces/${welcome.id}/items`, body);
}

async function writable(page: Page): Promise<void> {
  await waitFor(async () => (await editorOf(page).getAttribute('contenteditable')) === 'true', { message: 'a writable editor' });
}

/** How many utterances the page has asked for, once it has asked for `count`. */
const spokenCount = (page: Page, count: number) =>
  waitFor(async () => (await spokenUtterances(page)).length >= count, { message: `${count} utterance(s)` });

describe('read aloud', () => {
  const env = useKopaAndChromium();

  it('reads a document paragraph by paragraph, a Latvian passage with the Latvian voice; pauses, goes on, stops when the page is left', async () => {
    const janis = await apiUser(env.kopa.url, 'janis');
    const text = await newItem(janis, { title: 'What we said' });
    await janis.call('PUT', `/items/${text.id}/language`, { language: 'en' });
    const { page, context, pageErrors } = await newVisitor(env.browser, LAPTOP);
    await installFakeSpeech(context, VOICES);
    // A reader who asked for less motion: the highlight and the buttons change without transitions
    // (and axe never measures a colour halfway through one).
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await logIn(page, env.kopa.url, 'janis');
    await page.goto(`${env.kopa.url}/items/${text.id}`);
    await writable(page);

    // "We said Labdien to our hosts." with "Labdien" marked Latvian, then a second paragraph.
    await editorOf(page).click();
    await page.keyboard.type('We said Labdien');
    for (let i = 0; i < 'Labdien'.length; i++) await page.keyboard.press('Shift+ArrowLeft');
    await page.getByRole('button', { name: 'Mark language of the selection' }).click();
    await page.getByRole('region', { name: 'Which language are the selected words in?' }).getByRole('button', { name: 'Latviešu' }).click();
    await editorOf(page).locator('span[lang="lv"]').waitFor();
    await page.keyboard.press('End');
    await page.keyboard.type(' to our hosts.');
    await page.keyboard.press('Enter');
    await page.keyboard.type('They answered in English.');

    const readAloud = page.getByRole('group', { name: 'Read aloud' });
    const play = readAloud.getByRole('button', { name: 'Read aloud' });
    await waitFor(() => play.isEnabled(), { message: 'Read aloud offered once the voices have arrived' });
    await expectNoAxeViolations(page, 'a document with Read aloud ready');
    await play.click();
    await spokenCount(page, 1);
    const status = readAloud.getByRole('status');
    expect(await status.textContent()).toBe('Reading aloud…');
    // The paragraph being read is highlighted (CSS Custom Highlight API).
    expect(await page.evaluate(() => (CSS.highlights as unknown as Map<string, unknown>).has('kopa-read-aloud'))).toBe(true);
    await expectNoAxeViolations(page, 'a document being read aloud');
    await page.screenshot({ path: `${SHOTS}/read-aloud-reading-laptop.png` });

    await finishUtterance(page);
    await spokenCount(page, 2);
    await readAloud.getByRole('button', { name: 'Pause' }).click();
    await readAloud.getByRole('button', { name: 'Go on' }).waitFor();
    expect(await status.textContent()).toBe('Reading paused');
    await readAloud.getByRole('button', { name: 'Go on' }).click();
    await readAloud.getByRole('button', { name: 'Pause' }).waitFor();
    expect(await speechCalls(page)).toEqual(['cancel', 'resume', 'pause', 'resume']);
    await finishUtterance(page);
    await spokenCount(page, 3);
    await finishUtterance(page);
    await spokenCount(page, 4);
    await finishUtterance(page);

    // Read to the end: back to "Read aloud", no Stop, no highlight.
    await play.waitFor();
    expect(await readAloud.getByRole('button', { name: 'Stop' }).count()).toBe(0);
    expect(await page.evaluate(() => (CSS.highlights as unknown as Map<string, unknown>).has('kopa-read-aloud'))).toBe(false);
    expect(await spokenUtterances(page)).toEqual([
      { text: 'We said', lang: 'en', voice: 'Daniel (English)' },
      { text: 'Labdien', lang: 'lv', voice: 'Laura (Latviešu)' },
      { text: 'to our hosts.', lang: 'en', voice: 'Daniel (English)' },
      { text: 'They answered in English.', lang: 'en', voice: 'Daniel (English)' },
    ]);

    // Stop, and leaving the page, silence the voice at once.
    await play.click();
    await spokenCount(page, 5);
    await readAloud.getByRole('button', { name: 'Stop' }).click();
    await play.waitFor();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Read aloud');
    await play.click();
    await spokenCount(page, 6);
    const cancelsBefore = (await speechCalls(page)).filter((call) => call === 'cancel').length;
    await page.getByRole('link', { name: /Back to Welcome/ }).click();
    await page.getByRole('heading', { name: 'Welcome', exact: true }).waitFor();
    await waitFor(async () => (await speechCalls(page)).filter((call) => call === 'cancel').length > cancelsBefore, {
      message: 'the reading stopped when the page was left',
    });
    expect(await finishUtterance(page)).toBe(false);
    expect(await spokenUtterances(page)).toHaveLength(6);

    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it('says when the device has no voice for the language; reads a post and a board note in theirs', async () => {
    const janis = await apiUser(env.kopa.url, 'janis');
    const carmen = await apiUser(env.kopa.url, 'carmen');
    const macedonian = await newItem(janis, { title: 'Здраво' });
    await janis.call('PUT', `/items/${macedonian.id}/language`, { language: 'mk' });

    const { page, context, pageErrors } = await newVisitor(env.browser, PHONE);
    await installFakeSpeech(context, VOICES);
    await logIn(page, env.kopa.url, 'janis');
    await page.goto(`${env.kopa.url}/items/${macedonian.id}`);
    await page.getByText('This device has no Macedonian voice.').waitFor();
    const play = page.getByRole('group', { name: 'Read aloud' }).getByRole('button', { name: 'Read aloud' });
    expect(await play.isDisabled()).toBe(true);
    expect(await play.getAttribute('aria-describedby')).toBeTruthy();
    await expectNoAxeViolations(page, 'Read aloud with no voice for the language');
    await page.screenshot({ path: `${SHOTS}/read-aloud-no-voice-phone.png`, fullPage: true });

    // A published post in Latvian, read in the blog.
    const post = await newItem(janis, { title: 'Mūsu ceļojums', type: 'post' });
    await janis.call('PATCH', `/posts/${post.id}`, { language: 'lv' });
    await page.goto(`${env.kopa.url}/posts/${post.id}`);
    await writable(page);
    await editorOf(page).click();
    await page.keyboard.type('Mēs braucām uz Gijón.');
    await page.getByText('All changes saved').waitFor();
    await janis.call('POST', `/posts/${post.id}/submit`, { message: '' });
    await carmen.call('POST', `/posts/${post.id}/publish`, {});
    await page.goto(`${env.kopa.url}/blog/${post.id}`);
    await page.locator('.post-content').getByText('Mēs braucām uz Gijón.').waitFor();
    const readPost = page.getByRole('group', { name: 'Read aloud' }).getByRole('button', { name: 'Read aloud' });
    await waitFor(() => readPost.isEnabled(), { message: 'Read aloud offered in the reader' });
    await readPost.click();
    await spokenCount(page, 1);
    expect((await spokenUtterances(page)).at(-1)).toEqual({ text: 'Mēs braucām uz Gijón.', lang: 'lv', voice: 'Laura (Latviešu)' });
    await page.screenshot({ path: `${SHOTS}/read-aloud-reader-phone.png`, fullPage: true });
    await finishUtterance(page);

    // A wall in Latvian: a note's menu reads the note aloud.
    const wall = await newItem(janis, { title: 'Idejas', type: 'board', layout: 'wall', columns: ['Idejas'] });
    await janis.call('PUT', `/items/${wall.id}/language`, { language: 'lv' });
    await page.setViewportSize(LAPTOP);
    await page.goto(`${env.kopa.url}/boards/${wall.id}`);
    await page.getByRole('button', { name: 'Add note to “Idejas”' }).click();
    await waitFor(() => page.evaluate(() => document.activeElement instanceof HTMLTextAreaElement), { message: 'the caret in the new note' });
    expect(await page.evaluate(() => document.activeElement?.getAttribute('lang'))).toBe('lv');
    await page.keyboard.type('Apmeklēt maizes muzeju');
    await page.getByRole('button', { name: /^Actions for note 1/ }).click();
    const readNote = page.getByRole('button', { name: 'Read this note aloud' });
    await waitFor(() => readNote.isEnabled(), { message: 'Read this note aloud offered' });
    await expectNoAxeViolations(page, 'a note’s menu with Read this note aloud');
    // (A new page load: the fake's record starts again.)
    await readNote.click();
    await spokenCount(page, 1);
    expect((await spokenUtterances(page)).at(-1)).toEqual({ text: 'Apmeklēt maizes muzeju', lang: 'lv', voice: 'Laura (Latviešu)' });
    await page.screenshot({ path: `${SHOTS}/read-aloud-note-laptop.png` });

    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it('a guest, who may only look at a canvas board, chooses a note and has it read aloud', async () => {
    const janis = await apiUser(env.kopa.url, 'janis');
    const board = await newItem(janis, { title: 'Ceļojuma idejas', type: 'board', layout: 'canvas' });
    await janis.call('PUT', `/items/${board.id}/language`, { language: 'lv' });
    const writer = await newVisitor(env.browser, LAPTOP);
    await logIn(writer.page, env.kopa.url, 'janis');
    await writer.page.goto(`${env.kopa.url}/boards/${board.id}`);
    const canvas = writer.page.getByRole('application', { name: /^Board: / });
    await canvas.waitFor();
    await writer.page.getByRole('button', { name: 'Note', exact: true }).click();
    const box = (await canvas.boundingBox())!;
    await writer.page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await writer.page.keyboard.type('Apskatīt cietoksni');
    await writer.page.keyboard.press('Escape');
    await writer.page.getByText('All changes saved').waitFor();
    await writer.context.close();

    const { page, context, pageErrors } = await newVisitor(env.browser, PHONE);
    await installFakeSpeech(context, VOICES);
    await logIn(page, env.kopa.url, 'guest');
    await page.goto(`${env.kopa.url}/boards/${board.id}`);
    const note = page.locator('.board-object--note', { hasText: 'Apskatīt cietoksni' });
    await note.waitFor();
    // No tools to change anything; choosing the note offers only to read it.
    expect(await page.getByRole('button', { name: 'Note', exact: true }).count()).toBe(0);
    const spot = (await note.boundingBox())!;
    await page.mouse.click(spot.x + spot.width / 2, spot.y + spot.height / 2);
    const bar = page.getByRole('toolbar', { name: 'The chosen note' });
    const read = bar.getByRole('button', { name: 'Read this note aloud' });
    await waitFor(() => read.isEnabled(), { message: 'Read this note aloud offered to the guest' });
    expect(await bar.getByRole('button').count()).toBe(1);
    await expectNoAxeViolations(page, 'a guest’s reading bar on a canvas board');
    await read.click();
    await spokenCount(page, 1);
    expect((await spokenUtterances(page)).at(-1)).toEqual({ text: 'Apskatīt cietoksni', lang: 'lv', voice: 'Laura (Latviešu)' });
    await page.screenshot({ path: `${SHOTS}/read-aloud-guest-board-phone.png` });
    expect(pageErrors).toEqual([]);
    await context.close();
  });
});
