import type { ItemSummary, SpaceSummary } from '@kopa/protocol';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { apiUser, publishPost } from './support/blog-posts';
import { LAPTOP, newVisitor } from './support/browser';
import { useKopaAndChromium } from './support/kopa-under-test';

/** Logs in over the API (the login form's words are in the visitor's language) and opens the blog. */
async function openBlogAs(page: Page, baseUrl: string, username: string): Promise<void> {
  const answer = await page.request.post(`${baseUrl}/api/auth/login`, { data: { username, password: 'kopa-demo' }, headers: { origin: baseUrl } });
  expect(answer.ok()).toBe(true);
  await page.goto(`${baseUrl}/blog`);
}

const postCard = (page: Page) => page.getByRole('article').filter({ hasText: 'Our week by the sea' });

describe('dates, numbers, lists and names in the reader’s language, also where the browser lacks it', () => {
  const env = useKopaAndChromium();
  let published: Promise<unknown> | null = null;
  /** One published English post (once for both tests). */
  const aPost = async () => {
    published ??= Promise.all([apiUser(env.kopa.url, 'janis'), apiUser(env.kopa.url, 'carmen')]).then(([janis, carmen]) =>
      publishPost(env.kopa.url, janis, carmen, { title: 'Our week by the sea', heading: 'Five days', paragraphs: ['We arrived on Monday.'], language: 'en', themes: [] }),
    );
    await published;
  };

  it('a Macedonian reader gets Macedonian dates and language names; switching to English gives English ones', async () => {
    const { page, context, pageErrors } = await newVisitor(env.browser, LAPTOP, 'mk');
    const polyfills: string[] = [];
    page.on('request', (request) => {
      if (/\/assets\/intl-polyfill-[^/]+\.js$/.test(new URL(request.url()).pathname)) polyfills.push(request.url());
    });
    // Whether this browser has Macedonian formats of its own (Chrome's builds have not; others do).
    await page.goto(`${env.kopa.url}/favicon.svg`);
    const nativeMacedonian = await page.evaluate(() => Intl.DateTimeFormat.supportedLocalesOf(['mk']).length > 0);

    await aPost();
    await openBlogAs(page, env.kopa.url, 'janis');
    await page.getByRole('heading', { level: 1, name: 'Блог' }).waitFor();
    const card = postCard(page);
    // "7 дек. 2026 г.", not "2026 M12 7"; the post's language named in Macedonian.
    await card.getByText(/^\d{1,2}\s[а-ш]+\.\s\d{4}\sг\.$/).waitFor();
    expect(await card.textContent()).not.toMatch(/M\d{1,2}/);
    await card.getByText('англиски', { exact: true }).waitFor();
    expect(polyfills.length > 0).toBe(!nativeMacedonian);

    // A document's language picker names each language in itself, Macedonian too (not "латвиски", not "Macedonian").
    const janis = await apiUser(env.kopa.url, 'janis');
    const welcome = (await janis.call<SpaceSummary[]>('GET', '/spaces')).find((space) => space.title === 'Welcome')!;
    const notes = await janis.call<ItemSummary>('POST', `/spaces/${welcome.id}/items`, { title: 'Белешки' });
    await page.goto(`${env.kopa.url}/items/${notes.id}`);
    const picker = page.locator('select', { has: page.locator('option[value="sq"]') });
    await picker.locator('option', { hasText: 'Македонски' }).waitFor({ state: 'attached' });
    expect(await picker.locator('option[value="lv"]').textContent()).toBe('Latviešu');
    expect(await picker.locator('option[value="sq"]').textContent()).toBe('Shqip');
    await page.goto(`${env.kopa.url}/blog`);

    await page.getByLabel('Јазик').selectOption('en');
    await page.getByRole('heading', { level: 1, name: 'Blog' }).waitFor();
    await postCard(page).getByText(/^(\d{1,2}\sDec\s2026|Dec\s\d{1,2},\s2026)$/).waitFor();
    await postCard(page).getByText('English', { exact: true }).waitFor();
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it('a reader whose browser has their language fetches no polyfill', async () => {
    const { page, context, pageErrors } = await newVisitor(env.browser, LAPTOP, 'lv');
    const polyfills: string[] = [];
    page.on('request', (request) => {
      if (/\/assets\/intl-polyfill-/.test(request.url())) polyfills.push(request.url());
    });
    await aPost();
    await openBlogAs(page, env.kopa.url, 'lucia');
    await page.getByRole('heading', { level: 1, name: 'Blogs' }).waitFor();
    await postCard(page).getByText(/2026/).waitFor();
    expect(polyfills).toEqual([]);
    expect(pageErrors).toEqual([]);
    await context.close();
  });
});
