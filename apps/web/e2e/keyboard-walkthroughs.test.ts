import type { BoardObject } from '@kopa/board';
import { waitFor } from '@kopa/testkit';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeA11yContent, type A11yContent } from './support/a11y-content';
import { editorOf, LAPTOP, logIn, newVisitor } from './support/browser';
import { expectVisibleFocus, focused, named, tabTo } from './support/keyboard';
import { SCREENSHOTS, useKopaAndChromium } from './support/kopa-under-test';

/**
 * Everything here is done with the keyboard alone (page.keyboard: no mouse, no clicks), checking at every
 * stop that the focus can be seen and that Tab moves on.
 */

const notesOf = (page: Page) =>
  page.evaluate(() =>
    (window as unknown as { __kopaBoard: { model: { snapshot(): { objects: BoardObject[] } } } }).__kopaBoard.model
      .snapshot()
      .objects.filter((object) => object.type === 'note'),
  );

/** Logs in with the keyboard: the username field has the focus when the page opens. */
async function logInByKeyboard(page: Page, base: string, username: string): Promise<void> {
  await page.goto(`${base}/login`);
  await page.locator('input[name="username"]').waitFor();
  await waitFor(async () => (await focused(page)).kind === 'input', { message: 'the username field focused' });
  expectVisibleFocus(await focused(page), 'login, username');
  await page.keyboard.type(username);
  await tabTo(page, (where) => where.kind === 'input', { step: 'login, to the password' });
  await page.keyboard.type('kopa-demo');
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: 'Your spaces' }).waitFor();
}

describe('keyboard-only walkthroughs', () => {
  const env = useKopaAndChromium();
  let content: A11yContent;
  beforeAll(async () => {
    content = await makeA11yContent(env.kopa.url);
  });

  it('logs in, opens a document from home and writes in it; the toolbar by arrow keys; Escape closes the link editor back to the text; Tab leaves the editor', async () => {
    const { page, context } = await newVisitor(env.browser, LAPTOP);
    await logInByKeyboard(page, env.kopa.url, 'janis');

    // From the top of the home page: the skip link first, then on to the document.
    const skip = await tabTo(page, () => true, { step: 'home, first stop' });
    expect(skip.name).toBe('Skip to content');
    await tabTo(page, named(/^Open Our first words/), { step: 'home, to the document' });
    await page.keyboard.press('Enter');
    await editorOf(page).filter({ hasText: 'Hello from Daugavpils' }).waitFor();

    await tabTo(page, (where) => where.kind.includes('textbox'), { step: 'document, to the editor' });
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Typed without a mouse.');
    await editorOf(page).filter({ hasText: 'Typed without a mouse.' }).waitFor();
    await page.getByText('All changes saved').waitFor();

    // The link editor: opened from its toolbar button on a selected word, closed with Escape.
    await page.keyboard.press('Control+Shift+ArrowLeft');
    // The formatting toolbar is one Tab stop; the arrow keys go along its buttons.
    await tabTo(page, (where) => where.kind === 'button', { backwards: true, step: 'document, back to the toolbar' });
    let link = await focused(page);
    for (let presses = 0; link.name !== 'Link'; presses++) {
      if (presses > 15) throw new Error('the arrow keys never reached the Link button');
      await page.keyboard.press('ArrowRight');
      link = await focused(page);
      expectVisibleFocus(link, 'document, along the toolbar');
    }
    await page.keyboard.press('Enter');
    await page.getByLabel('Web address for the link').waitFor();
    expect((await focused(page)).kind).toBe('input');
    // Escape closes it and puts the keyboard back in the text, on the selected word, to write on.
    await page.keyboard.press('Escape');
    await page.getByLabel('Web address for the link').waitFor({ state: 'detached' });
    expect((await focused(page)).kind).toContain('textbox');
    expectVisibleFocus(await focused(page), 'document, after the link editor');
    // Its Cancel button does the same.
    await tabTo(page, named('Link'), { backwards: true, max: 1, step: 'document, the toolbar remembers Link' });
    await page.keyboard.press('Enter');
    await tabTo(page, named('Cancel'), { step: 'link editor, to Cancel' });
    await page.keyboard.press('Enter');
    await page.getByLabel('Web address for the link').waitFor({ state: 'detached' });
    expect((await focused(page)).kind).toContain('textbox');

    // Tab goes on from the editor to what follows: no trap in the text.
    await tabTo(page, (where) => where.kind.includes('textbox'), { step: 'document, to the editor again' });
    await tabTo(page, (where) => !where.kind.includes('textbox'), { max: 1, step: 'document, out of the editor' });
    await page.screenshot({ path: path.join(SCREENSHOTS, 'keyboard-document.png') });
    await context.close();
  });

  it('makes a note on a board, moves it, and opens and closes the download menu', async () => {
    const { page, context } = await newVisitor(env.browser, LAPTOP);
    await logInByKeyboard(page, env.kopa.url, 'janis');
    await page.goto(`${env.kopa.url}/boards/${content.board.id}`);
    await page.getByRole('application', { name: /^Board: / }).waitFor();
    await page.waitForFunction(() => '__kopaBoard' in window);
    const before = (await notesOf(page)).length;

    await tabTo(page, (where) => where.kind.includes('application'), { step: 'board, to the canvas' });
    await page.keyboard.press('n');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Made with keys');
    await page.keyboard.press('Escape');
    await waitFor(async () => (await notesOf(page)).some((note) => note.type === 'note' && note.text === 'Made with keys'), { message: 'the new note' });
    const made = (await notesOf(page)).find((note) => note.type === 'note' && note.text === 'Made with keys')!;
    for (let i = 0; i < 4; i++) await page.keyboard.press('Shift+ArrowDown');
    await waitFor(async () => ((await notesOf(page)).find((note) => note.id === made.id)?.y ?? made.y) > made.y, { message: 'the note moved down' });
    expect((await notesOf(page)).length).toBe(before + 1);
    expectVisibleFocus(await focused(page), 'board, after moving the note');
    await page.keyboard.press('Escape');

    // The download menu: Enter opens it, Escape closes it and the focus is back on its button.
    const download = await tabTo(page, named('Download'), { backwards: true, step: 'board, back to Download', max: 40 });
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Picture (PNG)' }).waitFor();
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Picture (PNG)' }).waitFor({ state: 'detached' });
    expect((await focused(page)).key).toBe(download.key);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'keyboard-board.png') });
    await context.close();
  });

  it('submits a blog post for review, and opens and closes the report dialog of a published one', async () => {
    const { page, context } = await newVisitor(env.browser, LAPTOP);
    await logInByKeyboard(page, env.kopa.url, 'janis');
    await page.goto(`${env.kopa.url}/posts/${content.draft.id}`);
    await editorOf(page).waitFor();

    await tabTo(page, named('Submit for review'), { step: 'post, to Submit for review' });
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Send for review' }).waitFor();
    await tabTo(page, (where) => where.kind === 'textarea' || where.kind === 'input', { step: 'post, to the message' });
    await page.keyboard.type('Please check our recipes.');
    await tabTo(page, named('Send for review'), { step: 'post, to Send for review' });
    await page.keyboard.press('Enter');
    await page.getByText('Submitted for review').first().waitFor();
    // The keyboard is still somewhere on the page, not dropped to its top.
    expectVisibleFocus(await focused(page), 'post, after sending it for review');

    await page.goto(`${env.kopa.url}/blog/${content.published.id}`);
    await page.getByRole('heading', { level: 1, name: 'Our week in Gijón' }).waitFor();
    const report = await tabTo(page, named('Report this post'), { step: 'reader, to Report this post', max: 80 });
    await page.keyboard.press('Enter');
    await page.getByRole('dialog').waitFor();
    expect(await page.evaluate(() => document.activeElement?.closest('dialog') !== null)).toBe(true);
    expectVisibleFocus(await focused(page), 'report dialog, first stop');
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'hidden' });
    expect((await focused(page)).key).toBe(report.key);
    await context.close();
  });

  it('joins a live lesson a teacher started and raises a hand', async () => {
    const base = env.kopa.url;
    const carmen = await newVisitor(env.browser, LAPTOP);
    await logIn(carmen.page, base, 'carmen');
    await carmen.page.goto(`${base}/spaces/${content.team.id}`);
    await carmen.page.getByRole('button', { name: 'Start a live lesson' }).click();
    await carmen.page.getByRole('button', { name: 'Start the lesson' }).click();
    await carmen.page.getByRole('complementary', { name: 'Live lesson' }).waitFor();

    const { page, context } = await newVisitor(env.browser, LAPTOP);
    await logInByKeyboard(page, base, 'janis');
    await page.getByText('Carmen started a live lesson in Welcome').waitFor();
    await tabTo(page, named('Join'), { step: 'invitation, to Join', max: 80 });
    await page.keyboard.press('Enter');
    const dock = page.getByRole('complementary', { name: 'Live lesson' });
    await dock.waitFor();
    await tabTo(page, named('Raise my hand'), { step: 'dock, to Raise my hand', max: 80 });
    await page.keyboard.press('Enter');
    await dock.getByRole('button', { name: 'Lower my hand' }).waitFor();
    await carmen.page.getByText('1 hand up').first().waitFor();
    expectVisibleFocus(await focused(page), 'dock, after raising the hand');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'keyboard-live-hand.png') });
    await Promise.all([context.close(), carmen.context.close()]);
  });

  it('Tab goes round every page of the app without getting stuck, and every stop shows its focus', async () => {
    const { page, context } = await newVisitor(env.browser, LAPTOP);
    await logInByKeyboard(page, env.kopa.url, 'carmen');
    for (const url of ['/', `/spaces/${content.team.id}`, '/teams', '/mobilities', '/pupils', '/partnership', '/moderation', '/practices', '/blog']) {
      await page.goto(`${env.kopa.url}${url}`);
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      const first = await tabTo(page, () => true, { step: `${url}, first stop` });
      expect(first.name, url).toBe('Skip to content');
      // Round the whole page and back to the skip link.
      await tabTo(page, (where) => where.key === first.key, { max: 250, step: `${url}, all the way round` });
    }
    await context.close();
  });
});
