import type { BoardModel } from '@kopa/board';
import { waitFor } from '@kopa/testkit';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { LAPTOP, logIn, newVisitor, PHONE } from './support/browser';
import { SCREENSHOTS, useKopaAndChromium } from './support/kopa-under-test';

const canvasOf = (page: Page) => page.getByRole('application', { name: /^Board: / });
const zoomOf = (page: Page) => page.locator('.board-zoom__level').textContent();
const badgeOf = (page: Page) => page.locator('.board-header__badge', { hasText: 'Locked' });

/** Whether the canvas element is still the one marked earlier (not torn down and built again). */
const canvasMarked = (page: Page) => page.evaluate(() => (document.querySelector('.board-canvas') as HTMLElement & { kopaMark?: boolean }).kopaMark === true);

describe('a teacher locks a board from the board itself', () => {
  const env = useKopaAndChromium();

  it('the lock is in the header with a "Locked" badge for all; the pupil on a phone keeps the view she had', async () => {
    const pupil = await newVisitor(env.browser, PHONE);
    await logIn(pupil.page, env.kopa.url, 'janis');
    const id = await pupil.page.evaluate(async () => {
      const spaces = (await (await fetch('/api/spaces')).json()) as { id: string; kind: string; canEdit: boolean }[];
      const team = spaces.find((space) => space.kind === 'team' && space.canEdit)!;
      const response = await fetch(`/api/spaces/${team.id}/items`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ type: 'board', title: 'Look closely', layout: 'canvas' }),
      });
      return ((await response.json()) as { id: string }).id;
    });
    await pupil.page.goto(`${env.kopa.url}/boards/${id}`);
    await canvasOf(pupil.page).waitFor();
    await pupil.page.waitForFunction(() => '__kopaBoard' in window);
    await pupil.page.evaluate(() => {
      const { model } = (window as unknown as { __kopaBoard: { model: BoardModel } }).__kopaBoard;
      for (let i = 0; i < 6; i++) model.add({ type: 'note', x: i * 260, y: (i % 2) * 300, w: 200, h: 200, color: 'yellow', text: `Idea ${i}`, column: null });
    });
    // She looks at the whole board, then closer: her own view, not the one the board opens with.
    await pupil.page.getByRole('button', { name: 'Show everything' }).click();
    await pupil.page.getByRole('button', { name: 'Zoom in' }).click();
    await pupil.page.getByRole('button', { name: 'Zoom in' }).click();
    const zoomBefore = await zoomOf(pupil.page);
    const noteBefore = (await pupil.page.locator('.board-object--note', { hasText: 'Idea 2' }).boundingBox())!;
    // A mark on the canvas element: the same element after the lock means the canvas was not built again.
    await pupil.page.evaluate(() => ((document.querySelector('.board-canvas') as HTMLElement & { kopaMark?: boolean }).kopaMark = true));
    expect(await pupil.page.getByRole('button', { name: 'Lock board' }).count()).toBe(0);
    expect(await badgeOf(pupil.page).count()).toBe(0);

    const teacher = await newVisitor(env.browser, LAPTOP);
    await logIn(teacher.page, env.kopa.url, 'carmen');
    await teacher.page.goto(`${env.kopa.url}/boards/${id}`);
    await canvasOf(teacher.page).waitFor();
    await teacher.page.getByRole('button', { name: 'Lock board' }).click();
    await teacher.page.getByRole('button', { name: 'Unlock board' }).waitFor();
    await badgeOf(teacher.page).waitFor();
    // The button and badge change at once; the notice comes with the server's answer (later on a busy machine).
    const notice = teacher.page.getByRole('status').filter({ hasText: '“Look closely” is locked' });
    await notice.waitFor();
    expect(await notice.count()).toBe(1);
    // She still changes it: her tools stay.
    expect(await teacher.page.getByRole('button', { name: 'Note', exact: true }).count()).toBe(1);

    // The pupil: read-only at once, told so in words, and her view is where she left it.
    await pupil.page.getByText('A teacher locked this board. You can look around, but not change it.').waitFor();
    await badgeOf(pupil.page).waitFor();
    await waitFor(async () => (await pupil.page.getByRole('button', { name: 'Note', exact: true }).count()) === 0, { message: 'the pupil’s tools gone' });
    expect(await zoomOf(pupil.page)).toBe(zoomBefore);
    expect(await canvasMarked(pupil.page)).toBe(true);
    const noteAfter = (await pupil.page.locator('.board-object--note', { hasText: 'Idea 2' }).boundingBox())!;
    // The banner pushes the canvas down a little and the canvas keeps its middle: the note moves with it, no more.
    expect(Math.abs(noteAfter.width - noteBefore.width)).toBeLessThan(1);
    expect(Math.abs(noteAfter.x - noteBefore.x)).toBeLessThan(2);
    await pupil.page.screenshot({ path: path.join(SCREENSHOTS, 'board-locked-phone.png') });
    await teacher.page.screenshot({ path: path.join(SCREENSHOTS, 'board-locked-teacher.png') });

    // Unlocked: her tools come back, still on the same view.
    await teacher.page.getByRole('button', { name: 'Unlock board' }).click();
    await teacher.page.getByRole('button', { name: 'Lock board' }).waitFor();
    await waitFor(async () => (await pupil.page.getByRole('button', { name: 'Note', exact: true }).count()) === 1, { message: 'the pupil’s tools back' });
    expect(await badgeOf(pupil.page).count()).toBe(0);
    expect(await zoomOf(pupil.page)).toBe(zoomBefore);
    expect(await canvasMarked(pupil.page)).toBe(true);

    expect(pupil.pageErrors).toEqual([]);
    expect(teacher.pageErrors).toEqual([]);
    await Promise.all([pupil.context.close(), teacher.context.close()]);
  });
});
