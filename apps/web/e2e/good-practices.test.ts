import { waitFor } from '@kopa/testkit';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { LAPTOP, logIn, newVisitor, PHONE } from './support/browser';
import { SCREENSHOTS, useKopaAndChromium } from './support/kopa-under-test';

const noSideways = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
const cardTitles = (page: Page) => page.locator('.practice-card__title').allTextContents();

describe('the inventory of good practices', () => {
  const env = useKopaAndChromium();

  it('a teacher describes a practice; a pupil finds it by a word typed without its accents', async () => {
    const base = env.kopa.url;

    // Carmen (ES) opens the inventory from the menu: nothing yet, and the empty state says what to do.
    const carmen = await newVisitor(env.browser, LAPTOP);
    await logIn(carmen.page, base, 'carmen');
    await carmen.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Good practices' }).click();
    await carmen.page.getByRole('heading', { level: 1, name: 'Good practices' }).waitFor();
    await carmen.page.getByText('No practices yet. Describe something your partnership tried').waitFor();
    await carmen.page.getByRole('link', { name: 'Describe a practice' }).first().click();

    const form = carmen.page;
    await form.getByRole('heading', { level: 1, name: 'Describe a practice' }).waitFor();
    // The title field has the focus: she starts typing at once.
    await form.keyboard.type('Canción asturiana en familia');
    await form.getByLabel('What was done', { exact: true }).fill('Los alumnos aprenden una canción con sus abuelos y la cantan durante la visita.');
    await form.getByLabel('Who it is for', { exact: true }).fill('Alumnos de 12 a 15 años');
    await form.getByLabel('What came out of it', { exact: true }).fill('Un cancionero en cinco idiomas.');
    await form.getByRole('group', { name: 'Themes' }).getByRole('button', { name: 'cultural heritage' }).click();
    // Her own country is chosen already; Latvia too, where it was tried as well.
    const countries = form.getByRole('group', { name: 'Countries' });
    expect(await countries.getByRole('button', { name: 'Spain' }).getAttribute('aria-pressed')).toBe('true');
    await countries.getByRole('button', { name: 'Latvia' }).click();
    await form.getByRole('group', { name: 'Languages' }).getByRole('button', { name: 'Spanish' }).click();
    // Links: a document of the partnership, and a web page (a script address is refused).
    await form.getByLabel('Something from the partnership').selectOption({ label: 'Our first words (Document)' });
    await form.getByRole('button', { name: 'Add', exact: true }).click();
    await form.getByLabel('Web address').fill('javascript:alert(1)');
    await form.getByRole('button', { name: 'Add the link' }).click();
    await form.getByText('Enter an address that starts with http:// or https://.').waitFor();
    await form.getByLabel('Web address').fill('example.org/cancionero');
    await form.getByLabel('Name of the link (optional)').fill('El cancionero');
    await form.keyboard.press('Enter');
    await form.getByText('https://example.org/cancionero').waitFor();
    // Public, from the keyboard; what it means is said beside it.
    const publicSwitch = form.getByRole('switch', { name: 'Public' });
    await publicSwitch.focus();
    await form.keyboard.press('Space');
    expect(await publicSwitch.getAttribute('aria-checked')).toBe('true');
    await form.getByText('Public: every person on this Kopa can find it').waitFor();
    await form.screenshot({ path: `${SCREENSHOTS}/practices-form-laptop.png`, fullPage: true });
    await form.getByRole('button', { name: 'Save the practice' }).click();

    // Saved: the practice's own page.
    await form.getByRole('heading', { level: 1, name: 'Canción asturiana en familia' }).waitFor();
    await form.getByText('Public: everyone on this Kopa can find it').waitFor();
    expect(await form.getByRole('link', { name: /Our first words/ }).getAttribute('href')).toMatch(/^\/items\//);
    const outside = form.getByRole('link', { name: /El cancionero/ });
    expect(await outside.getAttribute('href')).toBe('https://example.org/cancionero');
    expect(await outside.getAttribute('rel')).toBe('noopener noreferrer');
    expect(carmen.pageErrors).toEqual([]);

    // Jānis (LV), on a phone, searches "cancion": no accent, found all the same.
    const janis = await newVisitor(env.browser, PHONE);
    await logIn(janis.page, base, 'janis');
    await janis.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Good practices' }).click();
    await janis.page.getByRole('heading', { level: 1, name: 'Good practices' }).waitFor();
    // Pupils read; describing is for teachers.
    expect(await janis.page.getByRole('link', { name: 'Describe a practice' }).count()).toBe(0);
    await janis.page.getByLabel('Search the practices').fill('cancion');
    await waitFor(async () => JSON.stringify(await cardTitles(janis.page)) === JSON.stringify(['Canción asturiana en familia']), {
      message: 'the practice among the results',
    });
    await janis.page.getByText('1 practice found').waitFor();
    expect(janis.page.url()).toContain('q=cancion');
    // A word that is in no practice: the empty state offers a way back.
    await janis.page.getByLabel('Search the practices').fill('cancion zzz');
    await janis.page.getByText('No practice matches').waitFor();
    await janis.page.getByRole('button', { name: 'Clear the search and filters' }).click();
    await waitFor(async () => (await cardTitles(janis.page)).length === 1, { message: 'every practice again' });
    // Filter chips: Latvia is one of its countries.
    await janis.page.getByRole('group', { name: 'Countries' }).getByRole('button', { name: /^Latvia/ }).click();
    expect(janis.page.url()).toContain('country=LV');
    expect(await noSideways(janis.page)).toBe(true);
    await janis.page.screenshot({ path: `${SCREENSHOTS}/practices-phone.png`, fullPage: true });

    await janis.page.getByRole('link', { name: 'Canción asturiana en familia' }).click();
    await janis.page.getByRole('heading', { level: 1, name: 'Canción asturiana en familia' }).waitFor();
    await janis.page.getByRole('link', { name: /Our first words/ }).waitFor();
    expect(await janis.page.getByRole('link', { name: /^Edit/ }).count()).toBe(0);
    expect(await noSideways(janis.page)).toBe(true);
    expect(janis.pageErrors).toEqual([]);

    await Promise.all([carmen.context.close(), janis.context.close()]);
  });
});
