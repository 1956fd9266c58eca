import type { BoardObject } from '@kopa/board';
import { waitFor } from '@kopa/testkit';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { LAPTOP, logIn, newVisitor, PHONE } from './support/browser';
import { SCREENSHOTS, useKopaAndChromium } from './support/kopa-under-test';

/** The board as the page's own model holds it. */
const objectsOf = (page: Page) =>
  page.evaluate(() => (window as unknown as { __kopaBoard: { model: { snapshot(): { objects: BoardObject[] } } } }).__kopaBoard.model.snapshot().objects);

/** What the canvas last said to screen readers (its own live region, beside the canvas: the page has others). */
const announced = (page: Page) =>
  page.getByRole('application', { name: /^Board: / }).locator('xpath=..').locator('p[aria-live="polite"]').textContent();

const focusedLabel = (page: Page) => page.evaluate(() => `${document.activeElement?.getAttribute('role') ?? ''} ${document.activeElement?.getAttribute('aria-label') ?? ''}`);

type Box = { x: number; y: number; width: number; height: number };

/** Whether two boxes share any area, one of them grown by `margin` on every side. */
const meet = (a: Box, b: Box, margin = 0) =>
  a.x < b.x + b.width + margin && b.x - margin < a.x + a.width && a.y < b.y + b.height + margin && b.y - margin < a.y + a.height;

/** The boxes of the objects on the board, in board units (lines normalised). */
const boxesOf = async (page: Page) =>
  (await objectsOf(page)).flatMap((o) =>
    o.type === 'connector' ? [] : [{ type: o.type, x: Math.min(o.x, o.x + o.w), y: Math.min(o.y, o.y + o.h), width: Math.abs(o.w), height: Math.abs(o.h) }],
  );

/** Shows the board at `zoom` with the first note's top edge 10 px below the canvas's top. */
async function noteAtTheTop(page: Page, zoom = 1) {
  await page.evaluate((zoom) => {
    const board = (window as unknown as { __kopaBoard: { model: { snapshot(): { objects: BoardObject[] } }; setViewport(v: object): void } }).__kopaBoard;
    const note = board.model.snapshot().objects.find((object) => object.type === 'note')!;
    const canvas = document.querySelector('.board-canvas')!;
    if (note.type !== 'note') return;
    const [width, height] = [canvas.clientWidth, canvas.clientHeight];
    board.setViewport({ x: note.x + note.w / 2 - width / zoom / 2, y: note.y - 10 / zoom, zoom, width, height });
  }, zoom);
}

async function newBoard(page: Page, title: string): Promise<string> {
  return page.evaluate(async (title) => {
    const spaces = (await (await fetch('/api/spaces')).json()) as { id: string; kind: string; canEdit: boolean }[];
    const team = spaces.find((space) => space.kind === 'team' && space.canEdit)!;
    const response = await fetch(`/api/spaces/${team.id}/items`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ type: 'board', title, layout: 'canvas' }),
    });
    return ((await response.json()) as { id: string }).id;
  }, title);
}

/** Opens a board and reaches its canvas with Tab, as someone without a mouse would. */
async function openWithKeyboard(page: Page, baseUrl: string, id: string) {
  await page.goto(`${baseUrl}/boards/${id}`);
  await page.getByRole('application', { name: /^Board: / }).waitFor();
  await page.waitForFunction(() => '__kopaBoard' in window);
  for (let presses = 0; !(await focusedLabel(page)).startsWith('application'); presses++) {
    if (presses > 40) throw new Error('Tab never reached the board');
    await page.keyboard.press('Tab');
  }
}

describe('a board without a mouse', () => {
  const env = useKopaAndChromium();

  it('adds two notes, selects both, joins them, and copies them within and between boards', async () => {
    const janis = await newVisitor(env.browser, LAPTOP);
    await janis.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.kopa.url });
    const { page } = janis;
    await logIn(page, env.kopa.url, 'janis');
    const first = await newBoard(page, 'Keyboard ideas');
    const second = await newBoard(page, 'More ideas');
    await openWithKeyboard(page, env.kopa.url, first);

    // Two notes side by side: N, Enter, write, Escape; the first one moved aside with Shift+arrows.
    await page.keyboard.press('n');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Castle');
    await page.keyboard.press('Escape');
    for (let i = 0; i < 9; i++) await page.keyboard.press('Shift+ArrowLeft');
    await page.keyboard.press('n');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Beach');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await waitFor(async () => (await objectsOf(page)).length === 2, { message: 'two notes' });

    // Tab to the first, Shift+Space keeps it, Tab on, Shift+Space adds the second.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Shift+Space');
    await page.keyboard.press('Tab');
    expect(await announced(page)).toBe('Note “Beach”: not in the selection. Selected in all: 1.');
    await page.keyboard.press('Shift+Space');
    expect(await announced(page)).toBe('Note “Beach”: in the selection. Selected in all: 2.');

    // C joins them, from the first selected to the second.
    await page.keyboard.press('c');
    await waitFor(async () => (await objectsOf(page)).some((object) => object.type === 'connector'), { message: 'a connector' });
    const joined = await objectsOf(page);
    const connector = joined.find((object) => object.type === 'connector')!;
    const textOf = (id: string) => {
      const object = joined.find((candidate) => candidate.id === id);
      return object?.type === 'note' ? object.text : undefined;
    };
    expect(connector.type === 'connector' && [textOf(connector.fromId), textOf(connector.toId)]).toEqual(['Castle', 'Beach']);
    expect(await announced(page)).toBe('Connector selected');

    // Ctrl+A, Ctrl+C, Ctrl+V: the copies land a step beside the originals and are selected.
    await page.keyboard.press('Control+a');
    await page.keyboard.press('Control+c');
    await page.keyboard.press('Control+v');
    await waitFor(async () => (await objectsOf(page)).length === 6, { message: 'pasted on the same board' });
    expect(await announced(page)).toBe('3 things selected');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'board-keys-pasted.png') });

    // On another board (a fresh page: only the system clipboard remembers), the copy arrives joined.
    await openWithKeyboard(page, env.kopa.url, second);
    await page.keyboard.press('Control+v');
    await waitFor(async () => (await objectsOf(page)).length === 3, { message: 'pasted on the other board' });
    const pasted = await objectsOf(page);
    const copy = pasted.find((object) => object.type === 'connector')!;
    expect(copy.type === 'connector' && pasted.some((o) => o.id === copy.fromId) && pasted.some((o) => o.id === copy.toId)).toBe(true);

    // Text that only looks like a board clip pastes nothing.
    await page.evaluate(() =>
      navigator.clipboard.writeText('{"kind":"kopa-board-clip","version":1,"roots":["a"],"objects":[{"id":"a","type":"note","x":1e999}]}'),
    );
    await page.keyboard.press('Control+v');

    // The Connect button is reached with Tab past the last object, on the selection's toolbar.
    await page.keyboard.press('Escape');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Shift+Space');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Shift+Space');
    for (let presses = 0; !(await focusedLabel(page)).includes('Connect the two'); presses++) {
      if (presses > 20) throw new Error('Tab never reached the Connect button');
      await page.keyboard.press('Tab');
    }
    await page.keyboard.press('Enter');
    await waitFor(async () => (await objectsOf(page)).filter((object) => object.type === 'connector').length === 2, { message: 'joined by the button' });
    expect(await focusedLabel(page)).toMatch(/^application /);
    expect((await objectsOf(page)).length).toBe(4);
    expect(janis.pageErrors).toEqual([]);
    await janis.context.close();
  });

  it('places shapes beside a note (never on it), keeps the selection’s bar off the selection, and fits a Latvian phone', async () => {
    const janis = await newVisitor(env.browser, LAPTOP);
    const { page } = janis;
    await logIn(page, env.kopa.url, 'janis');
    const id = await newBoard(page, 'Shapes and notes');
    await openWithKeyboard(page, env.kopa.url, id);

    // A note, then a rectangle and a circle, each with its key and Enter, all in the middle of the view.
    await page.keyboard.press('n');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Castle');
    await page.keyboard.press('Escape');
    for (const key of ['r', 'o', 'l']) {
      await page.keyboard.press(key);
      await page.keyboard.press('Enter');
    }
    await waitFor(async () => (await objectsOf(page)).length === 4, { message: 'four things placed' });
    const boxes = await boxesOf(page);
    for (const [index, box] of boxes.entries()) {
      for (const other of boxes.slice(0, index)) expect(meet(box, other), `${box.type} on ${other.type}`).toBe(false);
    }

    // A note at the top of the view, selected: its bar goes below it, clear of its handles.
    await page.keyboard.press('Escape');
    await noteAtTheTop(page);
    const note = page.locator('.board-object--note', { hasText: 'Castle' });
    const noteBox = (await note.boundingBox())!;
    await page.mouse.click(noteBox.x + noteBox.width / 2, noteBox.y + noteBox.height / 2);
    const bar = page.getByRole('toolbar', { name: 'Change the selection' });
    await bar.waitFor();
    expect(meet((await bar.boundingBox())!, noteBox, 16)).toBe(false);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'board-keys-shapes.png') });
    expect(janis.pageErrors).toEqual([]);
    await janis.context.close();

    // On a Latvian phone: every tool's name fits, the empty board says tap, and the bar keeps off the selection.
    const context = await env.browser.newContext({ viewport: PHONE, locale: 'en-GB', hasTouch: true, isMobile: true });
    const phone = await context.newPage();
    const errors: string[] = [];
    phone.on('pageerror', (error) => errors.push(error.message));
    await logIn(phone, env.kopa.url, 'janis');
    await phone.getByLabel('Language').selectOption('lv');
    await phone.getByRole('heading', { name: 'Tavas telpas' }).waitFor();
    const empty = await newBoard(phone, 'Tukša');
    await phone.goto(`${env.kopa.url}/boards/${empty}`);
    await phone.getByText('Šī tāfele ir tukša. Izvēlies „Piezīme” un pieskaries jebkur, lai pievienotu savu pirmo ideju.').waitFor();
    expect(await phone.locator('.board-zoom__level').getAttribute('aria-label')).toBe('Mērogs 100 %');
    const cut = await phone.locator('.board-toolbar__label').evaluateAll((labels) => labels.filter((label) => label.scrollWidth > label.clientWidth).map((label) => label.textContent));
    expect(cut).toEqual([]);
    expect(await phone.locator('.board-toolbar__label').count()).toBe(12);

    await phone.goto(`${env.kopa.url}/boards/${id}`);
    await phone.waitForFunction(() => '__kopaBoard' in window);
    // Zoomed out a little, as boards are on a phone: the note fills the upper half of the canvas.
    await noteAtTheTop(phone, 0.7);
    const small = (await phone.locator('.board-object--note', { hasText: 'Castle' }).boundingBox())!;
    await phone.mouse.click(small.x + small.width / 2, small.y + small.height / 2);
    const docked = phone.getByRole('toolbar', { name: 'Mainīt atlasīto' });
    await docked.waitFor();
    expect(meet((await docked.boundingBox())!, small, 16)).toBe(false);
    await phone.screenshot({ path: path.join(SCREENSHOTS, 'board-selection-phone.png') });
    expect(await phone.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });
});
