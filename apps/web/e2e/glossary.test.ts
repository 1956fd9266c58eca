import { waitFor } from '@kopa/testkit';
import type { GlossaryList } from '@kopa/protocol';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { expectNoAxeViolations } from './support/axe';
import { apiUser, publishPost, type ApiUser } from './support/blog-posts';
import { caretToEnd, editorOf, LAPTOP, logIn, newVisitor, openDocument, PHONE } from './support/browser';
import { SCREENSHOTS, useKopaAndChromium } from './support/kopa-under-test';

/** The ranges of the page's glossary highlight (a Map's get: this test's DOM types lack the registry's iterable part). */
type Registry = Map<string, Iterable<AbstractRange>>;

/** The words the page marks as glossary terms right now (CSS Custom Highlight ranges), in no particular order. */
const highlighted = (page: Page) =>
  page.evaluate(() => [...((CSS.highlights as unknown as Registry).get('kopa-glossary') ?? [])].map((range) => (range as Range).toString()));

/** Clicks (taps) the first marked occurrence of a word. */
async function tapTerm(page: Page, word: string): Promise<void> {
  const point = await page.evaluate((wanted) => {
    const range = [...((CSS.highlights as unknown as Registry).get('kopa-glossary') ?? [])].find((each) => (each as Range).toString() === wanted) as Range;
    range.startContainer.parentElement!.scrollIntoView({ block: 'center' });
    const rect = range.getClientRects()[0]!;
    return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
  }, word);
  await page.mouse.click(point.x, point.y);
}

const noSideways = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

/** Counts the Yjs updates a document receives, as a second reader connected to the server. */
async function watchDocument(baseUrl: string, reader: ApiUser, docId: string) {
  const cookie = reader.cookie;
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(`${baseUrl.replace(/^http/, 'ws')}/yjs`, docId, doc, {
    WebSocketPolyfill: class extends WebSocket {
      constructor(url: string | URL, protocols?: string | string[]) {
        super(url, protocols, { headers: { cookie } });
      }
    } as unknown as typeof globalThis.WebSocket,
    disableBc: true,
  });
  await waitFor(() => provider.synced, { message: `sync of ${docId}` });
  let updates = 0;
  doc.on('update', () => updates++);
  return {
    get updates() {
      return updates;
    },
    stop() {
      provider.destroy();
      doc.destroy();
    },
  };
}

describe('the partnership glossary', () => {
  const env = useKopaAndChromium();

  it('a pupil proposes a term, a teacher approves it, and it is marked in a document and a post, with its card', async () => {
    const base = env.kopa.url;
    const carmenApi = await apiUser(base, 'carmen');
    const janisApi = await apiUser(base, 'janis');
    const pid = carmenApi.me.partnershipId!;

    // A new user sees the demo's terms marked at once in the demo document.
    const janis = await newVisitor(env.browser, LAPTOP);
    await logIn(janis.page, base, 'janis');
    await openDocument(janis.page, 'Our first words', 'Hello from Daugavpils');
    await waitFor(async () => ['Hello', 'name', 'town'].every((word) => highlighted(janis.page).then((words) => words.includes(word))), {
      message: 'the seeded terms marked in the demo document',
    });
    // Marked without touching the text: no element was added to it.
    expect(await editorOf(janis.page).locator('mark, [class*="glossary"]').count()).toBe(0);

    // A fresh start: the teacher clears the glossary; the page says what to do.
    const seeded = await carmenApi.call<GlossaryList>('GET', `/partnerships/${pid}/glossary`);
    for (const term of seeded.terms) await carmenApi.call('DELETE', `/glossary/${term.id}`);
    await janis.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Glossary' }).click();
    await janis.page.getByRole('heading', { level: 1, name: 'Glossary' }).waitFor();
    await janis.page.getByText('No terms yet. Add the first one').waitFor();
    await expectNoAxeViolations(janis.page, 'the glossary page (empty)');
    await janis.page.screenshot({ path: `${SCREENSHOTS}/glossary-empty-laptop.png`, fullPage: true });

    // Jānis proposes "river": a field per working language, named in itself.
    await janis.page.getByRole('button', { name: 'Add a term' }).click();
    await janis.page.getByRole('heading', { level: 2, name: 'Add a term' }).waitFor();
    for (const name of ['English', 'Latviešu', 'Español', 'Italiano', 'Română']) await janis.page.getByLabel(name, { exact: true }).waitFor();
    expect(await janis.page.getByLabel('Latviešu', { exact: true }).getAttribute('lang')).toBe('lv');
    // Nothing written: the form says so at the first field.
    await janis.page.getByRole('button', { name: 'Propose the term' }).click();
    await janis.page.getByText('Write the term in at least one language.').waitFor();
    await janis.page.getByLabel('Latviešu', { exact: true }).fill('upe');
    await janis.page.getByLabel('English', { exact: true }).fill('river');
    await expectNoAxeViolations(janis.page, 'the glossary form');
    await janis.page.screenshot({ path: `${SCREENSHOTS}/glossary-form-laptop.png`, fullPage: true });
    await janis.page.getByRole('button', { name: 'Propose the term' }).click();
    await janis.page.getByText('Thank you! “river” is waiting for a teacher to approve it.').waitFor();
    await janis.page.getByText('Waiting for approval', { exact: true }).waitFor();
    // The same word again is refused, at its field.
    await janis.page.getByRole('button', { name: 'Add a term' }).click();
    await janis.page.getByLabel('English', { exact: true }).fill('RIVER');
    await janis.page.getByRole('button', { name: 'Propose the term' }).click();
    await janis.page.getByText('This word is in the glossary already.').waitFor();
    await janis.page.getByRole('button', { name: 'Cancel' }).click();

    // A teacher adds "town" herself (approved at once); in the document Jānis writes about the river and the town.
    await carmenApi.call('POST', `/partnerships/${pid}/glossary`, { translations: { en: 'town', lv: 'pilsēta', es: 'ciudad' }, approve: true });
    await janis.page.goBack();
    await editorOf(janis.page).filter({ hasText: 'Hello from Daugavpils' }).waitFor();
    await caretToEnd(janis.page);
    await janis.page.keyboard.press('Enter');
    await janis.page.keyboard.type('We swim in the river near our town.');
    // Once typing pauses, the new paragraph is looked through: "town" is marked twice now, "river" (not approved) not at all.
    await waitFor(async () => (await highlighted(janis.page)).filter((word) => word === 'town').length === 2, { message: 'the new paragraph looked through' });
    expect(await highlighted(janis.page)).not.toContain('river');
    await janis.page.getByText('All changes saved').waitFor();

    // Carmen approves it from the glossary page, among the terms waiting for approval.
    const carmen = await newVisitor(env.browser, LAPTOP);
    await logIn(carmen.page, base, 'carmen');
    // A second reader of the document counts what changes in it from now on: marking terms must change nothing.
    const watcher = await watchDocument(base, janisApi, await documentId(janis.page));
    await carmen.page.goto(`${base}/glossary`);
    await carmen.page.getByRole('button', { name: 'Waiting for approval (1)' }).click();
    await carmen.page.getByRole('article', { name: 'river' }).waitFor();
    await carmen.page.getByText('Proposed by Jānis').waitFor();
    await expectNoAxeViolations(carmen.page, 'the glossary page with a proposal (teacher)');
    await carmen.page.screenshot({ path: `${SCREENSHOTS}/glossary-waiting-laptop.png`, fullPage: true });
    await carmen.page.getByRole('button', { name: 'Approve' }).click();
    await carmen.page.getByText('“river” is approved: it is underlined in texts now.').waitFor();

    // Jānis's open document marks it by itself, without a reload, and without changing the document.
    await waitFor(async () => (await highlighted(janis.page)).includes('river'), { message: 'river marked in the open document' });
    await janis.page.screenshot({ path: `${SCREENSHOTS}/glossary-document-laptop.png` });
    await tapTerm(janis.page, 'river');
    const card = janis.page.getByRole('dialog', { name: 'Glossary: river' });
    await card.waitFor();
    expect(await card.locator('dd[lang="lv"]').textContent()).toBe('upe');
    await janis.page.keyboard.press('Escape');
    await card.waitFor({ state: 'hidden' });
    expect(watcher.updates).toBe(0);
    watcher.stop();

    // A published post with the word: marked for its readers, and its card says it in Latvian and English.
    const post = await publishPost(base, janisApi, carmenApi, {
      title: 'By the river',
      heading: 'Summer by the water',
      paragraphs: ['The river Daugava flows through our town.', 'In summer we swim in the river.'],
      language: 'en',
      themes: [],
    });
    await janis.page.goto(`${base}/blog/${post.id}`);
    await janis.page.getByRole('heading', { level: 1, name: 'By the river' }).waitFor();
    await waitFor(async () => (await highlighted(janis.page)).filter((word) => word === 'river').length === 2, { message: 'river marked in the post' });
    await tapTerm(janis.page, 'river');
    await card.waitFor();
    expect(await card.locator('dt[lang="lv"]').textContent()).toBe('Latviešu');
    expect(await card.locator('dd[lang="lv"]').textContent()).toBe('upe');
    expect(await card.locator('dd[lang="en"]').textContent()).toBe('river');
    await expectNoAxeViolations(janis.page, 'a post with a term’s card open');
    await janis.page.screenshot({ path: `${SCREENSHOTS}/glossary-card-post-laptop.png` });
    await janis.page.keyboard.press('Escape');
    await card.waitFor({ state: 'hidden' });

    // The keyboard's way: the list of the text's glossary words; each opens the same card, Escape brings focus back.
    const list = janis.page.getByRole('button', { name: '2 glossary words in this text' });
    await list.focus();
    await janis.page.keyboard.press('Enter');
    const riverButton = janis.page.getByRole('list', { name: 'Glossary words in this text' }).getByRole('button', { name: 'river' });
    await riverButton.focus();
    await janis.page.keyboard.press('Enter');
    await card.waitFor();
    expect(await janis.page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('dialog');
    await expectNoAxeViolations(janis.page, 'a term’s card opened from the keyboard');
    await janis.page.keyboard.press('Escape');
    await card.waitFor({ state: 'hidden' });
    expect(await riverButton.evaluate((button) => button === document.activeElement)).toBe(true);

    // The filled glossary page, for everyone.
    await janis.page.goto(`${base}/glossary`);
    await janis.page.getByRole('article', { name: 'river' }).waitFor();
    await expectNoAxeViolations(janis.page, 'the glossary page (filled)');
    await janis.page.screenshot({ path: `${SCREENSHOTS}/glossary-filled-laptop.png`, fullPage: true });
    expect(janis.pageErrors).toEqual([]);
    expect(carmen.pageErrors).toEqual([]);

    // On a phone: the page and a term's card fit the screen, nothing scrolls sideways.
    const phone = await newVisitor(env.browser, PHONE);
    await logIn(phone.page, base, 'lucia');
    await phone.page.goto(`${base}/glossary`);
    await phone.page.getByRole('article', { name: 'river' }).waitFor();
    expect(await noSideways(phone.page)).toBe(true);
    await phone.page.screenshot({ path: `${SCREENSHOTS}/glossary-phone.png`, fullPage: true });
    await phone.page.getByRole('button', { name: 'Add a term' }).click();
    await phone.page.getByLabel('Español', { exact: true }).waitFor();
    expect(await noSideways(phone.page)).toBe(true);
    await phone.page.screenshot({ path: `${SCREENSHOTS}/glossary-form-phone.png`, fullPage: true });
    await phone.page.goto(`${base}/blog/${post.id}`);
    await waitFor(async () => (await highlighted(phone.page)).includes('river'), { message: 'river marked on the phone' });
    await tapTerm(phone.page, 'river');
    await phone.page.getByRole('dialog', { name: 'Glossary: river' }).waitFor();
    const box = await phone.page.getByRole('dialog', { name: 'Glossary: river' }).boundingBox();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(PHONE.width);
    expect(await noSideways(phone.page)).toBe(true);
    await phone.page.screenshot({ path: `${SCREENSHOTS}/glossary-card-phone.png` });
    expect(phone.pageErrors).toEqual([]);
    await Promise.all([janis.context.close(), carmen.context.close(), phone.context.close()]);
  });
});

/** The docId of the document open in the page (from the item's REST answer the page made). */
async function documentId(page: Page): Promise<string> {
  const itemId = new URL(page.url()).pathname.split('/').pop()!;
  return page.evaluate(async (id) => ((await (await fetch(`/api/items/${id}`)).json()) as { docId: string }).docId, itemId);
}
