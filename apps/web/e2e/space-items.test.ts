import { waitFor } from '@kopa/testkit';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { editorOf, LAPTOP, logIn, newVisitor, PHONE } from './support/browser';
import { SCREENSHOTS, useKopaAndChromium } from './support/kopa-under-test';

const noSideways = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

/** The titles in the space's list (not the archived ones), in order. */
const listed = (page: Page) => page.getByRole('region', { name: 'In this space' }).locator('.item-link__title').allTextContents();

const untilListed = (page: Page, titles: string[]) =>
  waitFor(async () => JSON.stringify(await listed(page)) === JSON.stringify(titles), { message: `the list ${titles.join(', ')}` });

const focusedText = (page: Page) => page.evaluate(() => document.activeElement?.textContent ?? '');

/** Opens an item's actions and returns them. */
async function actionsFor(page: Page, title: string) {
  const group = page.getByRole('group', { name: `Actions for ${title}` });
  if (!(await group.isVisible())) await page.getByRole('button', { name: `Actions for ${title}` }).click();
  return group;
}

const editorFocused = (page: Page) => page.evaluate(() => document.activeElement?.classList.contains('editor-surface__content') ?? false);

async function newDocument(page: Page, title: string, firstWords?: string) {
  await page.getByRole('button', { name: 'New document' }).click();
  await page.getByLabel('Title of the new document').fill(title);
  await page.getByRole('button', { name: 'Create' }).click();
  // The new document opens; its back link leads to the space, not home.
  await page.getByRole('heading', { level: 1, name: title }).waitFor();
  if (firstWords) {
    // Just created, the caret is already in it: typing needs no click, and starts on the first line.
    await waitFor(() => editorFocused(page), { message: 'the caret in the new document' });
    await page.keyboard.type(firstWords);
    await waitFor(async () => (await editorOf(page).locator('p').first().textContent()) === firstWords, { message: `"${firstWords}" written` });
  }
  await page.getByRole('link', { name: 'Back to Welcome' }).click();
  await page.getByRole('heading', { level: 1, name: 'Welcome' }).waitFor();
}

describe('a space’s own page: its members arrange its documents, teachers keep the bin', () => {
  const env = useKopaAndChromium();

  it('Jānis creates, renames, reorders, archives and deletes; Carmen restores from the bin; the guest only reads', async () => {
    const janis = await newVisitor(env.browser, LAPTOP);
    const page = janis.page;
    await logIn(page, env.kopa.url, 'janis');

    // The space's title on its home card opens its page.
    await page.getByRole('region', { name: 'Your spaces' }).getByRole('link', { name: 'Welcome', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Welcome' }).waitFor();
    const spaceUrl = page.url();
    expect(spaceUrl).toMatch(/\/spaces\/[^/]+$/);
    await page.getByText('Team', { exact: true }).waitFor();
    await untilListed(page, ['Our first words']);

    // Escape closes the "New board" form, the keyboard back on its button; nothing is made.
    await page.getByRole('button', { name: 'New board' }).click();
    await page.getByLabel('Title of the new board').fill('Not now');
    await page.keyboard.press('Escape');
    expect(await page.getByLabel('Title of the new board').count()).toBe(0);
    expect(await focusedText(page)).toBe('New board');

    await newDocument(page, 'Our recipes', 'Paella from Gijón');
    await newDocument(page, 'Bees');
    await untilListed(page, ['Our first words', 'Our recipes', 'Bees']);
    // Opened again the ordinary way, the document leaves the focus where it was.
    await page.getByRole('link', { name: 'Open Our recipes' }).click();
    await editorOf(page).filter({ hasText: 'Paella from Gijón' }).waitFor();
    expect(await editorFocused(page)).toBe(false);
    await page.getByRole('link', { name: 'Back to Welcome' }).click();
    await untilListed(page, ['Our first words', 'Our recipes', 'Bees']);

    // Rename in place: Escape leaves the title as it was, Enter saves.
    await (await actionsFor(page, 'Bees')).getByRole('button', { name: 'Rename' }).click();
    const field = page.getByLabel('New title');
    expect(await field.inputValue()).toBe('Bees');
    await field.fill('Nope');
    await field.press('Escape');
    await page.getByRole('link', { name: 'Open Bees' }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Actions for Bees');
    await (await actionsFor(page, 'Bees')).getByRole('button', { name: 'Rename' }).click();
    await field.fill('Our bees');
    await field.press('Enter');
    await page.getByRole('link', { name: 'Open Our bees' }).waitFor();
    await untilListed(page, ['Our first words', 'Our recipes', 'Our bees']);

    // Up twice with the keyboard alone: the focus stays on the item's move buttons as it moves.
    const moves = await actionsFor(page, 'Our bees');
    await moves.getByRole('button', { name: 'Move up' }).focus();
    await page.keyboard.press('Enter');
    await untilListed(page, ['Our first words', 'Our bees', 'Our recipes']);
    await waitFor(async () => (await focusedText(page)) === 'Move up', { message: 'the keyboard to stay on “Move up”' });
    await page.getByRole('status').filter({ hasText: 'Our bees: place 2 of 3' }).waitFor();
    await page.keyboard.press('Enter');
    await untilListed(page, ['Our bees', 'Our first words', 'Our recipes']);
    // At the top "Move up" cannot be used any more: the keyboard is on "Move down".
    expect(await moves.getByRole('button', { name: 'Move up' }).isDisabled()).toBe(true);
    await waitFor(async () => (await focusedText(page)) === 'Move down', { message: 'the keyboard to go to “Move down”' });
    await page.screenshot({ path: `${SCREENSHOTS}/space-page-actions-1280.png`, fullPage: true });
    // The server kept the order.
    await page.reload();
    await untilListed(page, ['Our bees', 'Our first words', 'Our recipes']);

    // Archived, it waits below, read-only; brought back, it is in the list again.
    await (await actionsFor(page, 'Our recipes')).getByRole('button', { name: 'Archive' }).click();
    await page.getByText('“Our recipes” is archived. You find it below, under “Archived”.').waitFor();
    const archived = page.getByRole('region', { name: 'Archived' });
    await archived.getByRole('link', { name: 'Open Our recipes' }).getByText('Read only').waitFor();
    await untilListed(page, ['Our bees', 'Our first words']);
    await page.screenshot({ path: `${SCREENSHOTS}/space-page-archived-1280.png`, fullPage: true });
    await archived.getByRole('button', { name: 'Bring back Our recipes' }).click();
    await page.getByText('“Our recipes” is back in the list.').waitFor();
    await archived.waitFor({ state: 'detached' });
    await untilListed(page, ['Our bees', 'Our first words', 'Our recipes']);

    // Deleting asks once, kindly; afterwards it says who can bring it back. Pupils have no bin and no undo.
    await (await actionsFor(page, 'Our bees')).getByRole('button', { name: 'Delete' }).click();
    await page.getByText('Delete “Our bees”? It goes to the bin, and a teacher can bring it back.').waitFor();
    await page.getByRole('button', { name: 'Keep it' }).click();
    await page.getByRole('group', { name: 'Actions for Our bees' }).waitFor();
    await (await actionsFor(page, 'Our bees')).getByRole('button', { name: 'Delete' }).click();
    await page.getByRole('button', { name: 'Yes, delete it' }).click();
    await page.getByText('“Our bees” was moved to the bin. A teacher can bring it back.').waitFor();
    await untilListed(page, ['Our first words', 'Our recipes']);
    expect(await page.getByRole('button', { name: 'Undo' }).count()).toBe(0);
    expect(await page.getByRole('region', { name: 'Bin' }).count()).toBe(0);
    expect(await noSideways(page)).toBe(true);
    await page.screenshot({ path: `${SCREENSHOTS}/space-page-pupil-1280.png`, fullPage: true });

    // Carmen finds it in the bin and restores it; Jānis's page shows it again at once.
    const carmen = await newVisitor(env.browser, LAPTOP);
    await logIn(carmen.page, env.kopa.url, 'carmen');
    await carmen.page.goto(spaceUrl);
    const bin = carmen.page.getByRole('region', { name: 'Bin' });
    await bin.getByText('Our bees').waitFor();
    await carmen.page.screenshot({ path: `${SCREENSHOTS}/space-page-teacher-1280.png`, fullPage: true });
    await bin.getByRole('button', { name: 'Restore Our bees' }).click();
    await carmen.page.getByText('“Our bees” is back from the bin.').waitFor();
    await bin.getByText('The bin is empty.').waitFor();
    await untilListed(page, ['Our bees', 'Our first words', 'Our recipes']);

    // A teacher who deletes can undo at once.
    await (await actionsFor(carmen.page, 'Our recipes')).getByRole('button', { name: 'Delete' }).click();
    await carmen.page.getByRole('button', { name: 'Yes, delete it' }).click();
    await carmen.page.getByText('“Our recipes” was moved to the bin.').waitFor();
    await bin.getByText('Our recipes').waitFor();
    await untilListed(page, ['Our bees', 'Our first words']);
    await carmen.page.getByRole('button', { name: 'Undo' }).click();
    await carmen.page.getByText('“Our recipes” is back from the bin.').waitFor();
    await untilListed(carmen.page, ['Our bees', 'Our first words', 'Our recipes']);
    await untilListed(page, ['Our bees', 'Our first words', 'Our recipes']);

    // The guest reads the same page, with nothing to press and a word on why.
    const guest = await newVisitor(env.browser, PHONE);
    await logIn(guest.page, env.kopa.url, 'guest');
    await guest.page.goto(spaceUrl);
    await guest.page.getByText('You are a guest here: you can read everything, but not change it.').waitFor();
    await untilListed(guest.page, ['Our bees', 'Our first words', 'Our recipes']);
    expect(await guest.page.getByRole('button', { name: /^Actions for / }).count()).toBe(0);
    expect(await guest.page.getByRole('button', { name: 'New document' }).count()).toBe(0);
    expect(await guest.page.getByRole('region', { name: 'Bin' }).count()).toBe(0);
    expect(await noSideways(guest.page)).toBe(true);
    await guest.page.screenshot({ path: `${SCREENSHOTS}/space-page-guest-360.png`, fullPage: true });

    expect([...janis.pageErrors, ...carmen.pageErrors, ...guest.pageErrors]).toEqual([]);
    await Promise.all([janis.context.close(), carmen.context.close(), guest.context.close()]);
  });

  it('on a phone: a pupil’s actions and a teacher’s bin fit; a visit links to its diary', async () => {
    const janis = await newVisitor(env.browser, PHONE);
    const page = janis.page;
    await logIn(page, env.kopa.url, 'janis');

    // A visit on the visits page opens its diary.
    await page.getByRole('link', { name: 'Visits', exact: true }).click();
    await page.getByRole('link', { name: 'Open the diary of Visit to Salerno' }).click();
    await page.getByRole('heading', { level: 1, name: 'Visit to Salerno' }).waitFor();
    await page.getByText('Mobility', { exact: true }).waitFor();

    await page.goto(env.kopa.url);
    await page.getByRole('region', { name: 'Your spaces' }).getByRole('link', { name: 'Welcome', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Welcome' }).waitFor();
    await newDocument(page, 'A very long title for a document about our favourite places in town');
    await actionsFor(page, 'Our first words');
    expect(await noSideways(page)).toBe(true);
    await page.screenshot({ path: `${SCREENSHOTS}/space-page-actions-360.png`, fullPage: true });
    await (await actionsFor(page, 'Our first words')).getByRole('button', { name: 'Rename' }).click();
    expect(await noSideways(page)).toBe(true);
    await page.screenshot({ path: `${SCREENSHOTS}/space-page-rename-360.png`, fullPage: true });
    await page.getByLabel('New title').press('Escape');
    await (await actionsFor(page, 'Our first words')).getByRole('button', { name: 'Delete' }).click();
    await page.getByRole('button', { name: 'Yes, delete it' }).waitFor();
    expect(await noSideways(page)).toBe(true);
    await page.screenshot({ path: `${SCREENSHOTS}/space-page-delete-360.png`, fullPage: true });
    await page.getByRole('button', { name: 'Yes, delete it' }).click();
    await page.getByText('“Our first words” was moved to the bin. A teacher can bring it back.').waitFor();

    const carmen = await newVisitor(env.browser, PHONE);
    await logIn(carmen.page, env.kopa.url, 'carmen');
    await carmen.page.goto(page.url());
    await carmen.page.getByRole('region', { name: 'Bin' }).getByRole('button', { name: 'Restore Our first words' }).waitFor();
    expect(await noSideways(carmen.page)).toBe(true);
    await carmen.page.screenshot({ path: `${SCREENSHOTS}/space-page-teacher-360.png`, fullPage: true });

    expect([...janis.pageErrors, ...carmen.pageErrors]).toEqual([]);
    await Promise.all([janis.context.close(), carmen.context.close()]);
  });
});
