import { boardBounds, type BoardSnapshot } from '@kopa/board';
import { waitFor } from '@kopa/testkit';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { LAPTOP, logIn, newVisitor, PHONE } from './support/browser';
import { SCREENSHOTS, useKopaAndChromium } from './support/kopa-under-test';

/** The board as the page's own model holds it (window.__kopaBoard is the canvas's handle for tests and benchmarks). */
const snapshotOf = (page: Page) =>
  page.evaluate(() => (window as unknown as { __kopaBoard: { model: { snapshot(): BoardSnapshot } } }).__kopaBoard.model.snapshot()) as Promise<
    Omit<BoardSnapshot, 'byId'>
  >;

const canvasOf = (page: Page) => page.getByRole('application', { name: /^Board: / });

/** The middle of the canvas, offset by (dx, dy) screen pixels. */
async function pointOnCanvas(page: Page, dx = 0, dy = 0) {
  const box = (await canvasOf(page).boundingBox())!;
  return { x: box.x + box.width / 2 + dx, y: box.y + box.height / 2 + dy };
}

describe('two pupils on one board', () => {
  const env = useKopaAndChromium();

  it('each sees the other’s note, pen stroke and pointer; the board downloads as a PNG of the expected size', async () => {
    const janis = await newVisitor(env.browser, LAPTOP);
    const lucia = await newVisitor(env.browser, LAPTOP);
    await Promise.all([logIn(janis.page, env.kopa.url, 'janis'), logIn(lucia.page, env.kopa.url, 'lucia')]);

    // Jānis makes a board in his team's space, as the space page offers it.
    await janis.page.getByRole('region', { name: 'Your spaces' }).getByRole('link', { name: 'Welcome', exact: true }).click();
    await janis.page.getByRole('button', { name: 'New board' }).click();
    await janis.page.getByLabel('Title of the new board').fill('Our trip ideas');
    await janis.page.getByRole('radio', { name: /Free canvas/ }).check();
    await janis.page.getByRole('button', { name: 'Create' }).click();
    await janis.page.getByRole('heading', { level: 1, name: 'Our trip ideas' }).waitFor();
    await canvasOf(janis.page).waitFor();
    const boardUrl = janis.page.url();

    await lucia.page.goto(boardUrl);
    await canvasOf(lucia.page).waitFor();

    // Jānis puts a note down and writes in it straight away.
    await janis.page.getByRole('button', { name: 'Note', exact: true }).click();
    const spot = await pointOnCanvas(janis.page, -200, -80);
    await janis.page.mouse.click(spot.x, spot.y);
    await janis.page.keyboard.type('Visit the old fortress');
    await janis.page.keyboard.press('Escape');
    await waitFor(async () => (await snapshotOf(lucia.page)).objects.some((o) => o.type === 'note' && o.text === 'Visit the old fortress'), {
      message: 'Jānis’s note on Lucía’s board',
    });
    await lucia.page.locator('.board-object--note', { hasText: 'Visit the old fortress' }).waitFor();

    // A double-click on the (selected) note writes in it again: it never adds a note on top.
    const note = (await janis.page.locator('.board-object--note').boundingBox())!;
    await janis.page.mouse.dblclick(note.x + note.width / 2, note.y + note.height / 2);
    await janis.page.keyboard.press('End');
    await janis.page.keyboard.type(' by boat');
    await janis.page.keyboard.press('Escape');
    await waitFor(async () => (await snapshotOf(lucia.page)).objects.some((o) => o.type === 'note' && o.text === 'Visit the old fortress by boat'), {
      message: 'the edited note on Lucía’s board',
    });
    expect((await snapshotOf(janis.page)).objects.filter((o) => o.type === 'note')).toHaveLength(1);

    // Lucía draws with the pen; Jānis sees the stroke.
    await lucia.page.getByRole('button', { name: 'Pen', exact: true }).click();
    const start = await pointOnCanvas(lucia.page, 60, 40);
    await lucia.page.mouse.move(start.x, start.y);
    await lucia.page.mouse.down();
    for (let step = 1; step <= 20; step++) await lucia.page.mouse.move(start.x + step * 8, start.y + Math.sin(step / 3) * 30);
    await lucia.page.mouse.up();
    await janis.page.locator('.board-object--stroke').first().waitFor();
    const stroke = (await snapshotOf(janis.page)).objects.find((o) => o.type === 'stroke');
    expect(stroke?.type === 'stroke' && stroke.points.length).toBeGreaterThanOrEqual(3 * 10);

    // Lucía's pointer shows on Jānis's screen with her name.
    const hover = await pointOnCanvas(lucia.page, 150, 150);
    await lucia.page.mouse.move(hover.x, hover.y);
    await janis.page.locator('.board-cursor', { hasText: 'Lucía' }).waitFor();
    // And his on hers.
    const his = await pointOnCanvas(janis.page, -50, 120);
    await janis.page.mouse.move(his.x, his.y);
    await lucia.page.locator('.board-cursor', { hasText: 'Jānis' }).waitFor();

    await janis.page.screenshot({ path: path.join(SCREENSHOTS, 'board-together-laptop.png') });

    // The PNG download: the drawing's bounds plus a 32-unit margin (whole units), at twice the size.
    const snapshot = await snapshotOf(janis.page);
    const bounds = boardBounds({ ...snapshot, byId: new Map(snapshot.objects.map((o) => [o.id, o])) })!;
    const downloading = janis.page.waitForEvent('download');
    await janis.page.getByRole('button', { name: 'Download' }).click();
    await janis.page.getByRole('button', { name: 'Picture (PNG)' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe('Our trip ideas.png');
    const file = await readFile((await download.path())!);
    const image = await sharp(file).metadata();
    expect(image.format).toBe('png');
    expect(image.width).toBe(Math.ceil(bounds.w + 64) * 2);
    expect(image.height).toBe(Math.ceil(bounds.h + 64) * 2);

    expect(janis.pageErrors).toEqual([]);
    expect(lucia.pageErrors).toEqual([]);
    await Promise.all([janis.context.close(), lucia.context.close()]);
  });

  it('a guest can look around a board (pan and zoom) but has no tools to change it, on a phone', async () => {
    const pupil = await newVisitor(env.browser, LAPTOP);
    await logIn(pupil.page, env.kopa.url, 'janis');
    const created = await pupil.page.evaluate(async () => {
      const spaces = (await (await fetch('/api/spaces')).json()) as { id: string; kind: string; canEdit: boolean }[];
      const team = spaces.find((space) => space.kind === 'team' && space.canEdit)!;
      const response = await fetch(`/api/spaces/${team.id}/items`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ type: 'board', title: 'Look but do not touch' }),
      });
      return (await response.json()) as { id: string };
    });
    await pupil.page.goto(`${env.kopa.url}/boards/${created.id}`);
    await pupil.page.getByRole('button', { name: 'Note', exact: true }).click();
    const spot = await pointOnCanvas(pupil.page);
    await pupil.page.mouse.click(spot.x, spot.y);
    await pupil.page.keyboard.type('A note to look at');
    await pupil.page.keyboard.press('Escape');

    const guest = await newVisitor(env.browser, PHONE);
    await logIn(guest.page, env.kopa.url, 'guest');
    await guest.page.goto(`${env.kopa.url}/boards/${created.id}`);
    await guest.page.getByText('You can look around, but not change this board.').waitFor();
    await guest.page.locator('.board-object--note', { hasText: 'A note to look at' }).waitFor();
    expect(await guest.page.getByRole('button', { name: 'Note', exact: true }).count()).toBe(0);
    await guest.page.getByRole('button', { name: 'Zoom in' }).click();
    // Dragging empty space moves the board for someone who can only look (not a selection box).
    const note = guest.page.locator('.board-object--note', { hasText: 'A note to look at' });
    const before = (await note.boundingBox())!;
    const canvasBox = (await canvasOf(guest.page).boundingBox())!;
    const from = { x: canvasBox.x + 15, y: canvasBox.y + 15 };
    await guest.page.mouse.move(from.x, from.y);
    await guest.page.mouse.down();
    await guest.page.mouse.move(from.x - 40, from.y - 30, { steps: 5 });
    await guest.page.mouse.up();
    const after = (await note.boundingBox())!;
    expect(Math.round(after.x - before.x)).toBe(-40);
    expect(Math.round(after.y - before.y)).toBe(-30);
    await guest.page.screenshot({ path: path.join(SCREENSHOTS, 'board-guest-phone.png') });
    // Keys that would change the board do nothing for her.
    await canvasOf(guest.page).focus();
    await guest.page.keyboard.press('n');
    await guest.page.keyboard.press('Delete');
    expect((await snapshotOf(guest.page)).objects).toHaveLength(1);
    expect(await guest.page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    expect(guest.pageErrors).toEqual([]);
    await Promise.all([pupil.context.close(), guest.context.close()]);
  });
});
