import { waitFor } from '@kopa/testkit';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { caretToEnd, editorOf, LAPTOP, logIn, newVisitor, PHONE } from './support/browser';
import { SCREENSHOTS, useKopaAndChromium } from './support/kopa-under-test';

const dockOf = (page: Page) => page.getByRole('complementary', { name: 'Live lesson' });
// A tab's name may carry a count after it ("Polls 1").
const tab = (page: Page, name: string) => dockOf(page).getByRole('tab', { name: new RegExp(`^${name}`) });

/** The team space "Welcome" from the home page (pupils and teachers see it grouped differently). */
const openWelcome = (page: Page) => page.locator('a[href^="/spaces/"]', { hasText: 'Welcome' }).first().click();

/** Opens the demo document from the team space "Welcome". */
async function openFirstWords(page: Page) {
  await page.goto(new URL('/', page.url()).href);
  await openWelcome(page);
  await page.getByRole('link', { name: /Our first words/ }).first().click();
  await editorOf(page).waitFor();
}

describe('a live lesson across two schools', () => {
  const env = useKopaAndChromium();

  it('Carmen pauses editing (a pupil’s typing has no effect, a banner says why), lets them write again, asks a poll and ends the lesson; the summary is in the space', async () => {
    const carmen = await newVisitor(env.browser, LAPTOP);
    const janis = await newVisitor(env.browser, LAPTOP);
    const lucia = await newVisitor(env.browser, PHONE);
    await Promise.all([logIn(carmen.page, env.kopa.url, 'carmen'), logIn(janis.page, env.kopa.url, 'janis'), logIn(lucia.page, env.kopa.url, 'lucia')]);

    // Carmen (Gijón) starts the lesson on the team space.
    await openWelcome(carmen.page);
    await carmen.page.getByRole('button', { name: 'Start a live lesson' }).click();
    await carmen.page.getByLabel('Lesson title (you can leave it empty)').fill('Maps of our towns');
    await carmen.page.getByRole('button', { name: 'Start the lesson' }).click();
    await dockOf(carmen.page).getByRole('heading', { name: 'Maps of our towns' }).waitFor();

    // Jānis (Daugavpils, laptop) and Lucía (Gijón, phone) are invited wherever they are, and join.
    for (const pupil of [janis, lucia]) {
      await pupil.page.getByText('Carmen started a live lesson in Welcome').waitFor();
      await pupil.page.getByRole('button', { name: 'Join', exact: true }).click();
    }
    await lucia.page.screenshot({ path: path.join(SCREENSHOTS, 'live-joined-phone.png') });
    await openFirstWords(janis.page);
    await openFirstWords(carmen.page);
    await tab(carmen.page, 'People').click();
    await dockOf(carmen.page).getByText('In “Our first words”').first().waitFor();

    // Carmen pauses everyone's editing of the document.
    await tab(carmen.page, 'Teach').click();
    await dockOf(carmen.page).getByLabel('Whose editing').selectOption('everyone');
    await dockOf(carmen.page).getByRole('button', { name: 'Pause editing' }).click();
    await janis.page.getByText('Carmen paused editing for now. You can still look.').waitFor({ timeout: 2000 });
    // The page keeps its editor through the pause (it only stops taking typing), so nobody is sent back to the top.
    await janis.page.locator('.editor-surface__content[contenteditable="false"]').waitFor();
    await editorOf(janis.page).evaluate((element) => element.setAttribute('data-test-before-pause', ''));
    await carmen.page.screenshot({ path: path.join(SCREENSHOTS, 'live-teach-laptop.png') });
    await janis.page.screenshot({ path: path.join(SCREENSHOTS, 'live-locked-laptop.png') });

    const before = await editorOf(carmen.page).innerText();
    await editorOf(janis.page).click();
    await janis.page.keyboard.type('Typed while paused');
    // Carmen writes meanwhile; Jānis's typing never shows anywhere.
    await caretToEnd(carmen.page);
    await carmen.page.keyboard.press('Enter');
    await carmen.page.keyboard.type('Look at the map first.');
    await editorOf(janis.page).filter({ hasText: 'Look at the map first.' }).waitFor();
    expect(await editorOf(janis.page).innerText()).not.toContain('Typed while paused');
    expect(await editorOf(carmen.page).innerText()).not.toContain('Typed while paused');
    expect(before).not.toContain('Typed while paused');

    // She lets them write again: Jānis types, and Carmen sees it.
    await dockOf(carmen.page).getByRole('button', { name: /^Let them edit again/ }).click();
    await janis.page.getByText('Carmen paused editing for now. You can still look.').waitFor({ state: 'detached' });
    await janis.page.locator('.editor-surface__content[contenteditable="true"]').waitFor();
    expect(await janis.page.locator('.editor-surface__content[data-test-before-pause]').count()).toBe(1);
    await caretToEnd(janis.page);
    await janis.page.keyboard.press('Enter');
    await janis.page.keyboard.type('Our town has a fortress.');
    await editorOf(carmen.page).filter({ hasText: 'Our town has a fortress.' }).waitFor();
    expect(await editorOf(carmen.page).innerText()).not.toContain('Typed while paused');

    // Lucía (Carmen's pupil) writes something off-topic; Carmen sees it in the overview and takes it back.
    await openFirstWords(lucia.page);
    await caretToEnd(lucia.page);
    await lucia.page.keyboard.press('Enter');
    await lucia.page.keyboard.type('Bananas everywhere!');
    await editorOf(janis.page).filter({ hasText: 'Bananas everywhere!' }).waitFor();
    await tab(carmen.page, 'Overview').click();
    const card = dockOf(carmen.page).getByRole('article').filter({ hasText: 'Our first words' });
    await card.getByRole('button', { name: 'Take back Lucía’s changes to “Our first words”' }).click();
    await dockOf(carmen.page).getByRole('button', { name: 'Take back…' }).click();
    await dockOf(carmen.page).getByRole('button', { name: 'Yes, take them back' }).click();
    await dockOf(carmen.page).getByText('Done: took away 18 characters that Lucía wrote.').waitFor();
    await carmen.page.screenshot({ path: path.join(SCREENSHOTS, 'live-overview-laptop.png') });
    await waitFor(async () => !(await editorOf(janis.page).innerText()).includes('Bananas'), { message: 'Lucía’s words to go for Jānis' });
    // Lucía is told why her line went, so she does not think Kopa lost it.
    await lucia.page.getByText('Carmen took back your recent changes to “Our first words”.').first().waitFor();
    await lucia.page.screenshot({ path: path.join(SCREENSHOTS, 'live-reverted-phone.png') });
    expect(await editorOf(janis.page).innerText()).toContain('Our town has a fortress.');

    // A quick poll: both vote, Carmen shows the results.
    await tab(carmen.page, 'Polls').click();
    await dockOf(carmen.page).getByRole('button', { name: 'New poll' }).click();
    await dockOf(carmen.page).getByLabel('Question').fill('Which town do we map first?');
    await dockOf(carmen.page).getByLabel('Answer 1').fill('Daugavpils');
    await dockOf(carmen.page).getByLabel('Answer 2').fill('Gijón');
    await dockOf(carmen.page).getByRole('button', { name: 'Ask the class' }).click();
    for (const [pupil, town] of [
      [janis, 'Gijón'],
      [lucia, 'Gijón'],
    ] as const) {
      // On a phone the panel folds into a bar when the page changes: open it.
      const unfold = pupil.page.getByRole('button', { name: /Show the lesson panel/ });
      if (await unfold.isVisible()) await unfold.click();
      await tab(pupil.page, 'Polls').click();
      await dockOf(pupil.page).getByRole('radio', { name: town }).check();
      await dockOf(pupil.page).getByRole('button', { name: 'Vote' }).click();
      await dockOf(pupil.page).getByText(`Your answer: ${town}`).waitFor();
    }
    await dockOf(carmen.page).getByText('2 people voted').waitFor();
    await dockOf(carmen.page).getByRole('button', { name: 'Show the results to everyone' }).click();
    await dockOf(lucia.page).getByText('2 votes (100%)').waitFor();
    await lucia.page.screenshot({ path: path.join(SCREENSHOTS, 'live-poll-phone.png') });

    // Carmen ends the lesson: the summary opens for her, the pupils are told, and it is in the space.
    await tab(carmen.page, 'Teach').click();
    await dockOf(carmen.page).getByRole('button', { name: 'End the lesson' }).click();
    await dockOf(carmen.page).getByRole('button', { name: 'Yes, end it' }).click();
    await carmen.page.getByRole('heading', { level: 1, name: /^Live lesson: Maps of our towns/ }).waitFor();
    await editorOf(carmen.page).filter({ hasText: 'Which town do we map first? (2 votes)' }).waitFor();
    const summary = await editorOf(carmen.page).innerText();
    for (const expected of ['Who was there (3)', 'Jānis (Latvia), Daugavpils', 'Lucía (Spain), IES Gijón', 'Gijón: 2', 'Our first words: a version named']) {
      expect(summary).toContain(expected);
    }
    await janis.page.getByText('The lesson ended. Its summary is in Welcome.').waitFor();
    await janis.page.getByRole('link', { name: 'Open the summary' }).click();
    await editorOf(janis.page).filter({ hasText: 'Who was there (3)' }).waitFor();
    await carmen.page.screenshot({ path: path.join(SCREENSHOTS, 'live-summary-laptop.png') });

    for (const visitor of [carmen, janis, lucia]) {
      expect(visitor.pageErrors).toEqual([]);
      expect(await visitor.page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    }
    await Promise.all([carmen.context.close(), janis.context.close(), lucia.context.close()]);
  });

  it('a note added in the moment before a pause reached the board is refused: he is told why, keeps its words to copy, and writes on afresh', async () => {
    const carmen = await newVisitor(env.browser, LAPTOP);
    const janis = await newVisitor(env.browser, LAPTOP);
    await Promise.all([logIn(carmen.page, env.kopa.url, 'carmen'), logIn(janis.page, env.kopa.url, 'janis')]);
    const board = await janis.page.evaluate(async () => {
      const spaces = (await (await fetch('/api/spaces')).json()) as { id: string; title: string }[];
      const welcome = spaces.find((space) => space.title === 'Welcome')!;
      const response = await fetch(`/api/spaces/${welcome.id}/items`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ type: 'board', title: 'Paused board' }),
      });
      return { ...((await response.json()) as { id: string }), spaceId: welcome.id };
    });
    await janis.page.goto(`${env.kopa.url}/boards/${board.id}`);
    await janis.page.getByRole('application', { name: /^Board: / }).waitFor();

    // Carmen locks the board as a teacher would; Jānis's page has not heard yet when his model adds a note.
    const lock = (locked: boolean) =>
      carmen.page.evaluate(
        async ({ id, locked }) => (await fetch(`/api/items/${id}`, { method: 'PATCH', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ locked }) })).status,
        { id: board.id, locked },
      );
    expect(await lock(true)).toBe(200);
    await janis.page.evaluate(() => {
      const model = (window as unknown as { __kopaBoard: { model: { add(init: object): string } } }).__kopaBoard.model;
      model.add({ type: 'note', x: 0, y: 0, w: 200, h: 160, color: 'yellow', text: 'Sneaked in', column: null });
    });
    // The server refuses it at once (4409): he is told why, his words wait for him to copy them,
    // and the board starts afresh from the server's copy, without the note.
    const rescue = janis.page.getByRole('region', { name: 'Your text from “Paused board” that could not be saved' });
    await rescue.getByText('A teacher paused editing or your access changed while you were writing', { exact: false }).waitFor();
    expect(await rescue.getByRole('textbox', { name: 'Your text (read only)' }).inputValue()).toBe('Sneaked in');
    await waitFor(
      async () =>
        janis.page.evaluate(() => {
          const board = (window as unknown as { __kopaBoard?: { model: { snapshot(): { objects: unknown[] } } } }).__kopaBoard;
          return board !== undefined && board.model.snapshot().objects.length === 0;
        }),
      { message: 'Jānis to see the board as the server has it: empty' },
    );
    await janis.page.getByText('A teacher locked this board', { exact: false }).waitFor();
    expect(await lock(false)).toBe(200);
    await waitFor(async () => (await janis.page.getByRole('button', { name: 'Note', exact: true }).count()) === 1, { message: 'tools back for Jānis' });

    // And he writes again from the fresh copy (below his text to copy: the board is scrolled to).
    await janis.page.getByRole('button', { name: 'Note', exact: true }).click();
    await janis.page.getByRole('application', { name: /^Board: / }).scrollIntoViewIfNeeded();
    const canvas = (await janis.page.getByRole('application', { name: /^Board: / }).boundingBox())!;
    await janis.page.mouse.click(canvas.x + canvas.width / 2, canvas.y + canvas.height / 2);
    await janis.page.keyboard.type('Fresh start');
    await janis.page.keyboard.press('Escape');
    await carmen.page.goto(`${env.kopa.url}/boards/${board.id}`);
    await carmen.page.locator('.board-object--note', { hasText: 'Fresh start' }).waitFor();
    expect(await carmen.page.locator('.board-object--note').count()).toBe(1);
    expect(janis.pageErrors).toEqual([]);
    await Promise.all([carmen.context.close(), janis.context.close()]);
  });
});
