import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { LAPTOP, logIn, newVisitor, PHONE, type Viewport } from './support/browser';
import { SCREENSHOTS, useKopaAndChromium } from './support/kopa-under-test';

const noSideways = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
const isoDaysFromNow = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/** The titles of the space cards in a section of the home page, in order. */
const cardTitles = (page: Page, section: string) =>
  page.getByRole('region', { name: section }).locator('.space-card__title').allTextContents();

/**
 * The demo has a visit to Gijón 240 days ago and one to Salerno in 21 days, and
 * Jānis travels on both: today is between the two visits.
 */
describe('the pupil’s home and the visits', () => {
  const env = useKopaAndChromium();

  for (const [size, viewport] of [
    ['1280', LAPTOP],
    ['360', PHONE],
  ] as Array<[string, Viewport]>) {
    it(`Jānis lands on what is his: the timeline with today’s phase, his spaces first (${size} px)`, async () => {
      const { page, context, pageErrors } = await newVisitor(env.browser, viewport);
      await logIn(page, env.kopa.url, 'janis');

      const timeline = page.getByRole('region', { name: 'Where we are' });
      const phases = timeline.getByRole('listitem');
      await timeline.getByText('Visit to Salerno starts in 21 days.').waitFor();
      expect(await phases.count()).toBe(5);
      const current = timeline.locator('[aria-current="step"]');
      expect(await current.count()).toBe(1);
      expect(await current.textContent()).toContain('Between visits');
      expect(await current.textContent()).toContain('Now');
      expect(await phases.nth(2).getAttribute('aria-current')).toBe('step');
      expect(await phases.nth(1).textContent()).toContain('Visit to Gijón');
      expect(await phases.nth(3).textContent()).toContain('Visit to Salerno');

      // A row on the laptop, a column on the phone.
      const first = (await phases.nth(0).boundingBox())!;
      const second = (await phases.nth(1).boundingBox())!;
      if (viewport === LAPTOP) {
        expect(second.y).toBe(first.y);
        expect(second.x).toBeGreaterThan(first.x);
      } else {
        expect(second.y).toBeGreaterThan(first.y);
        expect(second.x).toBe(first.x);
      }

      // His team first (he can write there), then the diaries of the visits he travels on;
      // the partnership's own space below, apart.
      expect(await cardTitles(page, 'Your spaces')).toEqual(['Welcome', 'Visit to Gijón', 'Visit to Salerno']);
      expect(await cardTitles(page, 'For the whole partnership')).toEqual(['Together in our diversity']);
      const own = (await page.getByRole('region', { name: 'Your spaces' }).boundingBox())!;
      const shared = (await page.getByRole('region', { name: 'For the whole partnership' }).boundingBox())!;
      expect(own.y).toBeLessThan(shared.y);
      await page.getByRole('link', { name: 'Open Our first words' }).waitFor();

      expect(await noSideways(page)).toBe(true);
      await page.screenshot({ path: `${SCREENSHOTS}/pupil-home-${size}.png`, fullPage: true });
      expect(pageErrors).toEqual([]);
      await context.close();
    });
  }

  it('Carmen plans a visit for everyone from Daugavpils; Jānis finds its diary at once, and loses it when taken off', async () => {
    const carmen = await newVisitor(env.browser);
    const janis = await newVisitor(env.browser);
    await Promise.all([logIn(carmen.page, env.kopa.url, 'carmen'), logIn(janis.page, env.kopa.url, 'janis')]);

    // Teachers see every space, grouped.
    const groups = carmen.page.getByRole('region', { name: 'Your spaces' }).getByRole('heading', { level: 3 });
    expect(await groups.allTextContents()).toEqual(['Whole partnership', 'Teams', 'Visit diaries']);
    await carmen.page.screenshot({ path: `${SCREENSHOTS}/teacher-home-1280.png`, fullPage: true });

    const page = carmen.page;
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Visits', exact: true }).click();
    await page.getByRole('heading', { name: 'Visit to Salerno' }).waitFor();
    await page.getByRole('button', { name: 'Plan a visit' }).click();
    await page.getByLabel('Name of the visit').fill('Visit to Daugavpils');
    await page.getByLabel('Host school').selectOption({ label: 'Daugavpils Secondary School (LV)' });
    expect(await page.getByLabel('City').inputValue()).toBe('Daugavpils');
    await page.getByLabel('First day').fill(isoDaysFromNow(60));
    await page.getByLabel('Last day').fill(isoDaysFromNow(55));
    await page.getByLabel('Everyone from Daugavpils Secondary School').check();
    expect(await page.getByRole('checkbox', { name: 'Jānis', exact: true }).isChecked()).toBe(true);
    await page.getByText('2 people chosen').waitFor();

    await page.getByRole('button', { name: 'Add the visit' }).click();
    await page.getByText('The last day cannot come before the first day.').waitFor();
    expect(await page.getByLabel('Last day').evaluate((input) => input === document.activeElement)).toBe(true);
    await page.getByLabel('Last day').fill(isoDaysFromNow(64));
    await page.screenshot({ path: `${SCREENSHOTS}/mobility-form-1280.png`, fullPage: true });
    await page.getByRole('button', { name: 'Add the visit' }).click();
    await page.getByText('“Visit to Daugavpils” is planned.').waitFor();
    const card = page.getByRole('article', { name: 'Visit to Daugavpils' });
    await card.getByRole('img', { name: 'Jānis (LV)' }).waitFor();
    await card.getByText('2 people travel').waitFor();
    await page.screenshot({ path: `${SCREENSHOTS}/mobilities-teacher-1280.png`, fullPage: true });

    // Jānis's home follows at once: the new diary is his, and the visit is on his timeline.
    await janis.page.getByRole('region', { name: 'Your spaces' }).getByRole('heading', { name: 'Visit to Daugavpils' }).waitFor();
    await janis.page.getByRole('region', { name: 'Where we are' }).getByText('Visit to Daugavpils').first().waitFor();

    // Taken off the trip, the diary is no longer among his spaces.
    await card.getByRole('button', { name: 'Edit Visit to Daugavpils' }).click();
    await page.getByRole('checkbox', { name: 'Jānis', exact: true }).uncheck();
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByText('“Visit to Daugavpils” is saved.').waitFor();
    await page.getByText('1 person travels').waitFor();
    await janis.page.waitForFunction(
      () => !Array.from(document.querySelectorAll('.space-card__title')).some((title) => title.textContent === 'Visit to Daugavpils'),
    );

    // The pupil reads the calendar but cannot change it.
    await janis.page.getByRole('link', { name: 'Visits', exact: true }).click();
    await janis.page.getByRole('heading', { name: 'Visit to Daugavpils' }).waitFor();
    expect(await janis.page.getByRole('button', { name: 'Plan a visit' }).count()).toBe(0);
    expect(await janis.page.getByRole('button', { name: /^Edit / }).count()).toBe(0);

    // Removing it keeps the diary, read-only.
    await card.getByRole('button', { name: 'Remove Visit to Daugavpils' }).click();
    await page.getByRole('button', { name: 'Yes, remove it' }).click();
    await page.getByText('“Visit to Daugavpils” was removed from the calendar. Its diary is kept.').waitFor();
    await page.getByRole('article', { name: 'Visit to Daugavpils' }).waitFor({ state: 'detached' });

    expect([...carmen.pageErrors, ...janis.pageErrors]).toEqual([]);
    await Promise.all([carmen.context.close(), janis.context.close()]);
  });

  it('the visits page and the form fit a phone', async () => {
    const { page, context, pageErrors } = await newVisitor(env.browser, PHONE);
    await logIn(page, env.kopa.url, 'carmen');
    await page.screenshot({ path: `${SCREENSHOTS}/teacher-home-360.png`, fullPage: true });
    await page.getByRole('link', { name: 'Visits', exact: true }).click();
    await page.getByRole('heading', { name: 'Visit to Gijón' }).waitFor();
    expect(await noSideways(page)).toBe(true);
    await page.screenshot({ path: `${SCREENSHOTS}/mobilities-360.png`, fullPage: true });
    await page.getByRole('button', { name: 'Edit Visit to Salerno' }).click();
    await page.getByLabel('Name of the visit').waitFor();
    expect(await page.getByLabel('Name of the visit').inputValue()).toBe('Visit to Salerno');
    expect(await noSideways(page)).toBe(true);
    await page.screenshot({ path: `${SCREENSHOTS}/mobility-form-360.png`, fullPage: true });
    expect(pageErrors).toEqual([]);
    await context.close();
  });
});
