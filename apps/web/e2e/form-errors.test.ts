import { createTranslator } from '@kopa/i18n';
import type { ApiError } from '@kopa/protocol';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from './support/axe';
import { LAPTOP, newVisitor, PHONE } from './support/browser';
import { SCREENSHOTS, useKopaAndChromium } from './support/kopa-under-test';

/** Words of the server's English sentences: none may reach a Latvian teacher. */
const ENGLISH = /\b(line|lines|names?|too|long|characters?|first|letters|request|invalid|field|the|is|at|most)\b/i;

/**
 * When the server refuses what a form sent, the reader is told in their own language what is wrong and
 * what to do, next to the field: never the server's English sentence.
 */
describe('a refused form, in the reader’s language', () => {
  const env = useKopaAndChromium();

  it('Ilze, in Latvian, pastes a line too long for the server: the field says so in Latvian', async () => {
    const { t } = createTranslator('lv');
    const { page, context, pageErrors } = await newVisitor(env.browser, LAPTOP, 'lv-LV');
    await page.goto(`${env.kopa.url}/login`);
    await page.locator('input[name="username"]').fill('ilze');
    await page.locator('input[name="password"]').fill('kopa-demo');
    await page.locator('form button[type="submit"]').click();
    await page.waitForURL((url) => url.pathname === '/');
    await page.getByRole('link', { name: t('nav.pupils') }).first().click();
    await page.getByRole('heading', { name: t('pupils.title'), level: 1 }).waitFor();

    // Letters and spaces only, so the page's own check lets it through (only the first word is kept);
    // the server refuses a line longer than 200 characters.
    const names = page.getByLabel(t('pupils.add.label'));
    const longLine = `Marija ${'Kristiāna '.repeat(25).trim()}`;
    expect(longLine.length).toBeGreaterThan(200);
    await names.fill(`Anna\n${longLine}`);
    const answer = page.waitForResponse((response) => response.url().endsWith('/pupils') && response.request().method() === 'POST');
    await page.getByRole('button', { name: t('pupils.add.submit', { count: 2 }) }).click();
    const refused = await answer;
    expect(refused.status()).toBe(400);
    const body = (await refused.json()) as ApiError;
    expect(body).toMatchObject({ code: 'invalid_request', field: 'names.1', problem: { kind: 'too_long', limit: 200 } });

    const expected = t('validation.inLine', { line: 2, problem: t('validation.problem.too_long', { limit: 200 }) });
    const error = page.locator('.field__error', { hasText: expected });
    await error.waitFor();
    const text = (await error.textContent())!;
    expect(text).toBe('2. rindā: Tas ir par garu: saīsini līdz 200 rakstzīmēm.');
    expect(text).not.toContain(body.error);
    expect(text).not.toMatch(ENGLISH);
    // Next to the field: in its box, and the field says it is at fault and is described by it.
    const errorId = await error.getAttribute('id');
    expect(await names.getAttribute('aria-invalid')).toBe('true');
    expect((await names.getAttribute('aria-describedby'))!.split(' ')).toContain(errorId);
    expect(await page.locator('.field').filter({ has: names }).locator('.field__error').count()).toBe(1);
    // The whole page speaks Latvian: no banner with the server's words either.
    expect(await page.locator('main').textContent()).not.toContain(body.error);
    expect(await names.evaluate((element) => element === document.activeElement)).toBe(true);

    await expectNoAxeViolations(page, 'adding pupils, refused by the server [lv]');
    await page.screenshot({ path: `${SCREENSHOTS}/form-errors-pupils-lv-1280.png`, fullPage: true });
    await page.setViewportSize(PHONE);
    await error.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SCREENSHOTS}/form-errors-pupils-lv-360.png` });
    await expectNoAxeViolations(page, 'adding pupils, refused by the server, on a phone [lv]');

    // Fixing the list takes the error away.
    await names.fill('Anna\nMarija');
    expect(await page.locator('.field__error').count()).toBe(0);
    expect(pageErrors).toEqual([]);
    await context.close();
  });
});
