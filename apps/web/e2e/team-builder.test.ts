import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { logIn, newVisitor, PHONE } from './support/browser';
import { SCREENSHOTS, useKopaAndChromium } from './support/kopa-under-test';

const noSideways = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
const teamColumn = (page: Page, name: string) => page.getByRole('region', { name, exact: true });
const announcement = (page: Page) => page.locator('.team-board [aria-live="polite"]');

/**
 * The team builder in chromium: Carmen lets Kopa propose two mixed teams, moves
 * Lucía to the other team with the keyboard alone, saves, and finds both team
 * spaces on her home page; a pupil sees the teams read-only on a phone.
 */
describe('the team builder', () => {
  const env = useKopaAndChromium();

  it('Carmen proposes two teams, moves Lucía by keyboard, saves, and the team spaces appear at home; dragging edits a saved team', async () => {
    const { page, context, pageErrors } = await newVisitor(env.browser);
    await logIn(page, env.kopa.url, 'carmen');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Teams' }).click();
    await page.getByRole('heading', { name: 'Teams', level: 1 }).waitFor();
    // The demo's team, with its four pupils and its school mix.
    await teamColumn(page, 'Welcome').getByRole('button', { name: 'Lucía from ES' }).waitFor();
    await page.screenshot({ path: `${SCREENSHOTS}/teams-staff-1280.png`, fullPage: true });

    await page.getByRole('button', { name: 'Propose teams' }).click();
    await page.getByRole('heading', { name: 'Propose mixed teams' }).waitFor();
    const count = page.locator('output.team-count__value');
    while (Number(await count.textContent()) < 2) await page.getByRole('button', { name: 'One team more' }).click();
    while (Number(await count.textContent()) > 2) await page.getByRole('button', { name: 'One team fewer' }).click();
    await page.getByRole('button', { name: 'Save 2 teams' }).waitFor();

    // Four pupils of four schools: two in each team, no school twice in a team.
    for (const name of ['Team 1', 'Team 2']) {
      await teamColumn(page, name).getByText('2 members').waitFor();
      const mix = await teamColumn(page, name).locator('.school-mix__badge:not(.school-mix__badge--none)').count();
      expect(mix).toBe(2);
    }

    // Lucía moves to the other team by keyboard: focus, Space, arrow, Space.
    const from = (await teamColumn(page, 'Team 1').getByRole('button', { name: 'Lucía from ES' }).count()) > 0 ? 'Team 1' : 'Team 2';
    const to = from === 'Team 1' ? 'Team 2' : 'Team 1';
    await teamColumn(page, from).getByRole('button', { name: 'Lucía from ES' }).focus();
    await page.keyboard.press('Space');
    await expect.poll(() => announcement(page).textContent()).toContain('Lucía picked up');
    await page.keyboard.press(to === 'Team 2' ? 'ArrowRight' : 'ArrowLeft');
    await expect.poll(() => announcement(page).textContent()).toBe(`Lucía: over ${to}.`);
    await page.keyboard.press('Space');
    await expect.poll(() => announcement(page).textContent()).toBe(`Lucía moved to ${to}.`);
    await teamColumn(page, to).getByRole('button', { name: 'Lucía from ES' }).waitFor();
    await teamColumn(page, to).getByText('3 members').waitFor();
    await teamColumn(page, from).getByText('1 member', { exact: true }).waitFor();
    // The keyboard stays on her chip, in its new team.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Lucía from ES');
    await page.screenshot({ path: `${SCREENSHOTS}/team-builder-1280.png`, fullPage: true });

    // Escape puts a picked-up chip back where it was.
    await page.keyboard.press('Enter');
    await page.keyboard.press(to === 'Team 2' ? 'ArrowLeft' : 'ArrowRight');
    await page.keyboard.press('Escape');
    await expect.poll(() => announcement(page).textContent()).toBe(`Lucía put back in ${to}.`);
    await teamColumn(page, to).getByRole('button', { name: 'Lucía from ES' }).waitFor();

    await page.getByRole('button', { name: 'Save 2 teams' }).click();
    await page.getByText('2 new teams are saved. Their spaces are on the home page.').waitFor();
    await teamColumn(page, to).getByRole('button', { name: 'Lucía from ES' }).waitFor();

    await page.getByRole('link', { name: 'Go to the home page' }).click();
    await page.getByRole('heading', { name: 'Your spaces' }).waitFor();
    for (const name of ['Team 1', 'Team 2']) await page.locator('.space-card').getByRole('heading', { name, exact: true }).waitFor();
    await page.screenshot({ path: `${SCREENSHOTS}/team-builder-home-1280.png`, fullPage: true });

    // Back on the teams page, with a mouse: drag Lucía out of her new team, then save the change.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Teams' }).click();
    await teamColumn(page, to).getByRole('button', { name: 'Lucía from ES' }).dragTo(teamColumn(page, 'Not in a team'));
    await expect.poll(() => announcement(page).textContent()).toBe(`Lucía taken out of ${to}.`);
    await page.getByText('1 team changed. Save to let the pupils know.').waitFor();
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByText('Teams saved.').waitFor();
    await teamColumn(page, to).getByText('2 members').waitFor();
    expect(await teamColumn(page, to).getByRole('button', { name: 'Lucía from ES' }).count()).toBe(0);

    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it('on a phone: the builder fits 360 px and chips move by tap (click) and "Move here"; a pupil sees her teams read-only', async () => {
    const carmen = await newVisitor(env.browser, PHONE);
    await logIn(carmen.page, env.kopa.url, 'carmen');
    await carmen.page.goto(`${env.kopa.url}/teams`);
    await teamColumn(carmen.page, 'Welcome').waitFor();
    expect(await noSideways(carmen.page)).toBe(true);
    await carmen.page.screenshot({ path: `${SCREENSHOTS}/teams-staff-360.png`, fullPage: true });

    await carmen.page.getByRole('button', { name: 'Propose teams' }).click();
    await carmen.page.getByRole('heading', { name: 'Propose mixed teams' }).waitFor();
    // A tap picks a chip up; "Move … here" in another column puts it down there.
    const firstTeam = teamColumn(carmen.page, 'Team 3');
    await firstTeam.waitFor();
    const chip = firstTeam.locator('.member-chip').first();
    const name = (await chip.locator('.member-chip__name').textContent())!;
    await chip.click();
    await carmen.page.getByRole('button', { name: `Move ${name} here` }).first().waitFor();
    expect(await noSideways(carmen.page)).toBe(true);
    await carmen.page.screenshot({ path: `${SCREENSHOTS}/team-builder-360.png`, fullPage: true });
    await teamColumn(carmen.page, 'Not in a team').getByRole('button', { name: `Move ${name} here` }).click();
    await expect.poll(() => announcement(carmen.page).textContent()).toBe(`${name} taken out of Team 3.`);
    await teamColumn(carmen.page, 'Not in a team').getByRole('button', { name: new RegExp(`^${name} from`) }).waitFor();
    expect(carmen.pageErrors).toEqual([]);
    await carmen.context.close();

    const lucia = await newVisitor(env.browser, PHONE);
    await logIn(lucia.page, env.kopa.url, 'lucia');
    await lucia.page.getByRole('link', { name: 'Teams' }).click();
    await lucia.page.getByRole('heading', { name: 'Welcome', level: 3 }).waitFor();
    await lucia.page.getByText('Your team').first().waitFor();
    expect(await lucia.page.getByRole('button', { name: 'Propose teams' }).count()).toBe(0);
    expect(await lucia.page.locator('button.member-chip').count()).toBe(0);
    expect(await noSideways(lucia.page)).toBe(true);
    await lucia.page.screenshot({ path: `${SCREENSHOTS}/teams-pupil-360.png`, fullPage: true });
    expect(lucia.pageErrors).toEqual([]);
    await lucia.context.close();
  });
});
