import type { Page } from 'playwright-core';
import { describe, it } from 'vitest';
import { A11yAudit } from './support/a11y-audit';
import { makeA11yContent } from './support/a11y-content';
import { LAPTOP, newVisitor } from './support/browser';
import { useKopaAndChromium } from './support/kopa-under-test';

const h1 = (page: Page, name?: string | RegExp) => page.getByRole('heading', { level: 1, ...(name ? { name } : {}) }).first().waitFor();

describe('accessibility of the pages seen before logging in, and the public showcase (WCAG 2.2 AA)', () => {
  const env = useKopaAndChromium();

  it('login, joining with an invite and the showcase: no axe violations, nothing sideways, titled and in the visitor’s language', async () => {
    const base = env.kopa.url;
    const content = await makeA11yContent(base);
    const { ilze, carmen } = content;
    const audit = new A11yAudit('public');
    const schoolInvite = await ilze.call<{ path: string }>('POST', `/partnerships/${ilze.me.partnershipId}/invites`, {
      kind: 'school',
      school: { name: 'Escola Básica de Porto', city: 'Porto', country: 'PT' },
    });
    const guestInvite = await carmen.call<{ path: string }>('POST', `/partnerships/${carmen.me.partnershipId}/invites`, { kind: 'guest', label: 'Parents of class 7B', days: 3 });

    for (const locale of ['en-GB', 'lv-LV']) {
      const lang = locale.slice(0, 2);
      const { page, context } = await newVisitor(env.browser, LAPTOP, locale);
      const state = (what: string) => `${what} [${lang}]`;

      // Logging in: as it opens, with both fields missing, with a wrong password, with the password shown.
      await page.goto(`${base}/login`);
      await h1(page);
      await audit.basics(page, state('login'), lang);
      await audit.everywhere(page, state('login'));
      await page.locator('form button[type="submit"]').click();
      await page.locator('.field__error').first().waitFor();
      await audit.everywhere(page, state('login, both fields missing'));
      await page.locator('input[name="username"]').fill('janis');
      await page.locator('input[name="password"]').fill('not-the-password');
      await page.locator('form button[type="submit"]').click();
      await page.getByRole('alert').waitFor();
      await page.locator('input[name="password"]').fill('still-wrong');
      await page.locator('.field__trailing button').click();
      await audit.everywhere(page, state('login, wrong password and the password shown'));

      // An invite for a school's teacher, one for a guest, and one that no longer works.
      await page.goto(`${base}${schoolInvite.path}`);
      await h1(page);
      await audit.basics(page, state('join as a teacher'), lang);
      await audit.everywhere(page, state('join as a teacher'));
      await page.locator('form button[type="submit"]').click();
      await page.locator('.field__error').first().waitFor();
      await audit.everywhere(page, state('join as a teacher, fields missing'));
      await page.goto(`${base}${guestInvite.path}`);
      await h1(page);
      await audit.everywhere(page, state('join as a guest'));
      await page.goto(`${base}/join/${'x'.repeat(32)}`);
      await h1(page);
      await audit.basics(page, state('join with a link that does not work'), lang);
      await audit.everywhere(page, state('join with a link that does not work'));

      // The showcase, served by the server: home, a document, a post, a board, an address with nothing.
      const showcase = `${base}${content.showcasePath}`;
      for (const [what, url] of [
        ['showcase home', showcase],
        ['showcase document', `${showcase}/items/${content.doc.id}`],
        ['showcase post', `${showcase}/items/${content.published.id}`],
        ['showcase board', `${showcase}/items/${content.board.id}`],
        ['showcase, nothing at this address', `${showcase}/items/nothing-here`],
      ] as const) {
        await page.goto(url);
        await h1(page);
        await audit.basics(page, state(what), lang, { skipLink: false });
        await audit.everywhere(page, state(what));
      }
      await context.close();
    }
    audit.expectClean();
  });
});
