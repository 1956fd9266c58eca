import { waitFor } from '@kopa/testkit';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { LAPTOP, logIn, newVisitor, PHONE } from './support/browser';
import { SCREENSHOTS, useKopaAndChromium } from './support/kopa-under-test';

/** The notes' texts of one column, in order, as the page shows them. */
const columnTexts = (page: Page, title: string) =>
  page
    .getByRole('region', { name: title, exact: true })
    .locator('.wall-note__text')
    .evaluateAll((elements) => elements.map((element) => (element instanceof HTMLTextAreaElement ? element.value : element.textContent ?? '')));

describe('a wall with columns', () => {
  const env = useKopaAndChromium();

  it('a pupil adds a note to a column and moves it to the next with the keyboard; a partner on a phone sees it there', async () => {
    const janis = await newVisitor(env.browser, LAPTOP);
    await logIn(janis.page, env.kopa.url, 'janis');
    await janis.page.getByRole('region', { name: 'Your spaces' }).getByRole('link', { name: 'Welcome', exact: true }).click();
    await janis.page.getByRole('button', { name: 'New board' }).click();
    await janis.page.getByLabel('Title of the new board').fill('Our visit plan');
    await janis.page.getByText('Wall with columns', { exact: true }).click();
    expect(await janis.page.getByRole('radio', { name: /Wall with columns/ }).isChecked()).toBe(true);
    await janis.page.getByRole('button', { name: 'Create' }).click();
    await janis.page.getByRole('region', { name: 'Ideas', exact: true }).waitFor();

    const lucia = await newVisitor(env.browser, { ...PHONE });
    await logIn(lucia.page, env.kopa.url, 'lucia');
    await lucia.page.goto(janis.page.url());
    await lucia.page.getByRole('region', { name: 'Ideas', exact: true }).waitFor();

    // Each sees the other in the header, as on the free canvas; a wall has no view to follow.
    await janis.page.getByRole('button', { name: '1 other person here' }).waitFor();
    await lucia.page.getByRole('button', { name: '1 other person here' }).waitFor();
    await janis.page.getByRole('button', { name: '1 other person here' }).click();
    await janis.page.getByRole('group', { name: 'On this board now' }).getByText('Lucía').waitFor();
    expect(await janis.page.getByRole('button', { name: /^Follow/ }).count()).toBe(0);
    await janis.page.getByRole('group', { name: 'On this board now' }).getByRole('button', { name: 'Close' }).click();

    // "Add note" puts the caret in the new note.
    await janis.page.getByRole('button', { name: 'Add note to “Ideas”' }).click();
    await waitFor(() => janis.page.evaluate(() => document.activeElement instanceof HTMLTextAreaElement), { message: 'the caret in the new note' });
    await janis.page.keyboard.type('Visit the bakery museum');
    await waitFor(async () => JSON.stringify(await columnTexts(lucia.page, 'Ideas')) === JSON.stringify(['Visit the bakery museum']), {
      message: 'the note in Lucía’s Ideas column',
    });

    // Alt+→ while writing moves the note to the next column.
    await janis.page.keyboard.press('Alt+ArrowRight');
    await waitFor(async () => (await columnTexts(janis.page, 'Questions')).includes('Visit the bakery museum'), { message: 'the note in Questions' });
    await waitFor(async () => (await columnTexts(lucia.page, 'Questions')).includes('Visit the bakery museum'), {
      message: 'the note in Lucía’s Questions column',
    });
    expect(await columnTexts(lucia.page, 'Ideas')).toEqual([]);

    await lucia.page.screenshot({ path: path.join(SCREENSHOTS, 'board-wall-phone.png') });
    await janis.page.screenshot({ path: path.join(SCREENSHOTS, 'board-wall-laptop.png') });
    expect(await lucia.page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    expect(janis.pageErrors).toEqual([]);
    expect(lucia.pageErrors).toEqual([]);
    await Promise.all([janis.context.close(), lucia.context.close()]);
  });
});
