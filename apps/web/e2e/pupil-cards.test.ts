import type { Me, PupilAccount, Team } from '@kopa/protocol';
import { describe, expect, it } from 'vitest';
import { caretToEnd, editorOf, LAPTOP, logIn, newVisitor, openDocument, PHONE } from './support/browser';
import { SCREENSHOTS, useKopaAndChromium } from './support/kopa-under-test';

/**
 * From a class list to a pupil writing with a partner: a teacher creates three
 * accounts, prints their login cards, and one pupil logs in with what is on the
 * card (through the QR code's address) and writes in the team's document.
 */
describe('login cards in the browser', () => {
  const env = useKopaAndChromium();

  it('Carmen creates 3 pupils and prints cards; Marta logs in with hers and writes with Jānis', async () => {
    const carmen = await newVisitor(env.browser, LAPTOP);
    await logIn(carmen.page, env.kopa.url, 'carmen');
    await carmen.page.getByRole('link', { name: 'Pupils' }).click();
    await carmen.page.getByRole('heading', { name: 'Pupils', level: 1 }).waitFor();

    const names = carmen.page.getByLabel('First names, one per line');
    await names.fill('Marta\n\n42\nÁlvaro');
    await carmen.page.getByText('Line 3 is not a first name').waitFor();
    // More than the server takes at once: the button cannot be pressed, and the field says why.
    await names.fill(Array.from({ length: 201 }, () => 'Ana').join('\n'));
    await carmen.page.getByText('That is 201 names; at most 200 at a time.').waitFor();
    expect(await carmen.page.getByRole('button', { name: 'Create 201 accounts' }).isDisabled()).toBe(true);
    // The same first name twice is fine, and worth a word: the cards tell the two apart.
    await names.fill('Marta\nPaula\nMARTA');
    await carmen.page.getByText('Two pupils are called Marta: check the usernames on their cards to tell them apart.').waitFor();
    expect(await carmen.page.getByRole('button', { name: 'Create 3 accounts' }).isEnabled()).toBe(true);
    await names.fill('Marta\n\nPaula Fernández\nÁlvaro');
    await carmen.page.getByText('3 names').waitFor();
    expect(await carmen.page.getByText(/pupils are called/).count()).toBe(0);
    await carmen.page.getByText('1 line has more than one word').waitFor();
    await carmen.page.getByRole('button', { name: 'Create 3 accounts' }).click();
    await carmen.page.getByRole('heading', { name: '3 accounts are ready' }).waitFor();
    const table = carmen.page.getByRole('table', { name: 'New accounts and their passwords' });
    expect(await table.getByRole('rowheader').allTextContents()).toEqual(['Marta', 'Paula', 'Álvaro']);
    expect(await table.getByRole('cell').allTextContents()).toContain('marta.es');
    await carmen.page.getByRole('switch', { name: 'Álvaro can log in' }).waitFor();
    await carmen.page.screenshot({ path: `${SCREENSHOTS}/pupils-created-1280.png`, fullPage: true });
    await carmen.page.setViewportSize(PHONE);
    await carmen.page.screenshot({ path: `${SCREENSHOTS}/pupils-created-360.png`, fullPage: true });
    await carmen.page.setViewportSize(LAPTOP);

    // The print view: one card per pupil, each with its QR code drawn.
    await carmen.page.getByRole('button', { name: 'Print login cards' }).click();
    await carmen.page.getByRole('heading', { name: 'Login cards' }).waitFor();
    const cards = carmen.page.locator('.login-card');
    await carmen.page.waitForFunction(() => document.querySelectorAll('.login-card img[src^="data:image/svg+xml"]').length === 3);
    expect(await cards.count()).toBe(3);
    await cards.first().getByText('IES Gijón · Spain').waitFor();
    await carmen.page.screenshot({ path: `${SCREENSHOTS}/login-cards-screen-1280.png`, fullPage: true });

    await carmen.page.emulateMedia({ media: 'print' });
    expect(await carmen.page.getByRole('button', { name: 'Print' }).isVisible()).toBe(false);
    await carmen.page.screenshot({ path: `${SCREENSHOTS}/login-cards-print.png`, fullPage: true });
    const pdf = await carmen.page.pdf({ path: `${SCREENSHOTS}/login-cards.pdf`, preferCSSPageSize: true });
    const pdfText = pdf.toString('latin1');
    expect(pdfText.startsWith('%PDF-')).toBe(true);
    // Three cards fit on one A4 page (595 × 842 points).
    expect(pdfText.match(/\/Type\s*\/Page\b/g)).toHaveLength(1);
    const [width, height] = /\/MediaBox\s*\[0 0 ([\d.]+) ([\d.]+)\]/.exec(pdfText)!.slice(1).map(Number);
    expect(Math.abs(width! - 595)).toBeLessThan(1);
    expect(Math.abs(height! - 842)).toBeLessThan(1);
    await carmen.page.emulateMedia({ media: 'screen' });

    // What a pupil reads off the card.
    const marta = cards.filter({ hasText: 'Marta' });
    const username = (await marta.locator('[data-field="username"]').textContent())!.trim();
    const password = (await marta.locator('[data-field="password"]').textContent())!.trim();
    expect(username).toBe('marta.es');
    expect(password).toMatch(/^[a-z]{12}[2-9]{2}$/);
    const qrTarget = `${env.kopa.url}/login?username=${encodeURIComponent(username)}`;
    await marta.getByRole('img', { name: `QR code: opens the login page for ${username}` }).waitFor();

    // The teacher puts Marta in the team "Welcome" (the teams API, as the team builder would).
    const me = (await (await carmen.page.request.get(`${env.kopa.url}/api/me`)).json()) as Me;
    const pupils = (await (
      await carmen.page.request.get(`${env.kopa.url}/api/partnerships/${me.partnershipId}/schools/${me.schoolId}/pupils`)
    ).json()) as PupilAccount[];
    const martaId = pupils.find((pupil) => pupil.username === username)!.id;
    const teamsResponse = await carmen.page.request.get(`${env.kopa.url}/api/partnerships/${me.partnershipId}/teams`);
    expect(teamsResponse.status()).toBe(200);
    const welcome = ((await teamsResponse.json()) as Team[]).find((team) => team.name === 'Welcome')!;
    const joined = await carmen.page.request.patch(`${env.kopa.url}/api/teams/${welcome.id}`, {
      data: { memberIds: [...welcome.memberIds, martaId] },
    });
    expect(joined.status()).toBe(200);

    // Marta, on her phone, opens the QR code's address: the username is there, the caret in the password.
    const pupil = await newVisitor(env.browser, PHONE);
    await pupil.page.goto(qrTarget);
    expect(await pupil.page.getByLabel('Username or e-mail').inputValue()).toBe(username);
    await pupil.page.waitForFunction(() => document.activeElement?.getAttribute('name') === 'password');
    await pupil.page.screenshot({ path: `${SCREENSHOTS}/login-from-card-360.png`, fullPage: true });
    await pupil.page.keyboard.type(password);
    await pupil.page.keyboard.press('Enter');
    await pupil.page.getByRole('heading', { name: 'Your spaces' }).waitFor();

    const janis = await newVisitor(env.browser, LAPTOP);
    await logIn(janis.page, env.kopa.url, 'janis');
    await Promise.all([
      openDocument(pupil.page, 'Our first words', 'Hello from Daugavpils'),
      openDocument(janis.page, 'Our first words', 'Hello from Daugavpils'),
    ]);
    await caretToEnd(pupil.page);
    await pupil.page.keyboard.press('Enter');
    await pupil.page.keyboard.type('Hola, soy Marta de Gijón.');
    await editorOf(janis.page).filter({ hasText: 'Hola, soy Marta de Gijón.' }).waitFor();
    await janis.page.locator('.editor-surface__cursors').getByText('Marta (ES)').waitFor();

    expect([...carmen.pageErrors, ...pupil.pageErrors, ...janis.pageErrors]).toEqual([]);
    await Promise.all([carmen.context.close(), pupil.context.close(), janis.context.close()]);
  });
});
