import path from 'node:path';
import type { ItemPublicState, ItemSummary, SpaceSummary } from '@kopa/protocol';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { XSS_STRINGS, xssDocument } from '../../../packages/render/test/xss-payloads';
import { apiUser, coverPicture, publishPost } from './support/blog-posts';
import { LAPTOP, logIn, newVisitor, PHONE } from './support/browser';
import { pasteInEditor, typeInEditor } from './support/editor-payloads';
import { SCREENSHOTS, useKopaAndChromium } from './support/kopa-under-test';
import { picturesLoaded } from './support/pictures';
import { watchForScripts } from './support/script-watch';
import { addNotes, writeLexicalJson } from './support/showcase-content';

const noSideways = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

describe('the public showcase, in chromium', () => {
  const env = useKopaAndChromium();
  let showcaseUrl = '';

  it('a teacher approves a post, the coordinator turns the showcase on, and anyone opens it without logging in', async () => {
    const base = env.kopa.url;
    const [janisApi, carmenApi] = await Promise.all([apiUser(base, 'janis'), apiUser(base, 'carmen')]);
    const post = await publishPost(base, janisApi, carmenApi, {
      title: 'Our week in Gijón',
      heading: 'Five days by the sea',
      paragraphs: ['We arrived on Monday evening and our host families waited for us at the school.', 'The best part was cooking fabada together.'],
      language: 'en',
      themes: ['cultural heritage'],
      cover: { bytes: await coverPicture('#9fd3f0', '#2f8f5b'), alt: 'Green hills above the sea near Gijón' },
      picture: { bytes: await coverPicture('#fde1c8', '#c4553b'), alt: 'The old town at sunset' },
    });

    // Carmen approves the published post from its page.
    const carmen = await newVisitor(env.browser, LAPTOP);
    await logIn(carmen.page, base, 'carmen');
    await carmen.page.goto(`${base}/posts/${post.id}`);
    await carmen.page.getByRole('button', { name: 'Public showcase: Not public' }).click();
    const panel = carmen.page.getByRole('group', { name: 'Public showcase: Our week in Gijón' });
    await panel.getByText('The public sees the version published in the blog.').waitFor();
    await panel.getByRole('button', { name: 'Approve for the public' }).click();
    // Approved, but nobody outside sees it until the coordinator turns the showcase on: said in words.
    await panel.getByText('Approved, but the partnership’s showcase is off.').waitFor();
    await carmen.page.getByRole('button', { name: 'Public showcase: Approved, not shown' }).waitFor();
    await carmen.page.screenshot({ path: path.join(SCREENSHOTS, 'showcase-approve-post.png') });

    // Ilze turns the showcase on from the Partnership page and finds its address there.
    const ilze = await newVisitor(env.browser, LAPTOP);
    await logIn(ilze.page, base, 'ilze');
    await ilze.page.goto(`${base}/partnership`);
    const toggle = ilze.page.getByRole('switch', { name: 'Public showcase' });
    expect(await toggle.getAttribute('aria-checked')).toBe('false');
    await toggle.click();
    await ilze.page.getByText('The showcase is public.').waitFor();
    expect(await toggle.getAttribute('aria-checked')).toBe('true');
    showcaseUrl = await ilze.page.getByLabel('Public address').inputValue();
    expect(showcaseUrl).toBe(`${base}/showcase/together-in-our-diversity`);
    await ilze.page.getByRole('heading', { name: 'Public showcase' }).scrollIntoViewIfNeeded();
    await ilze.page.screenshot({ path: path.join(SCREENSHOTS, 'showcase-switch.png') });

    // Carmen's page now says "Public".
    await carmen.page.reload();
    await carmen.page.getByRole('button', { name: 'Public showcase: Public' }).waitFor();

    // Someone who has never logged in opens the address: the partnership, its schools, the post.
    const visitor = await newVisitor(env.browser, LAPTOP);
    const dialogs: string[] = [];
    visitor.page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await visitor.page.goto(showcaseUrl);
    await visitor.page.getByRole('heading', { level: 1, name: 'Together in our diversity' }).waitFor();
    await visitor.page.getByText('IES Gijón (Spain)').waitFor();
    await visitor.page.screenshot({ path: path.join(SCREENSHOTS, 'showcase-public-home.png'), fullPage: true });
    await visitor.page.getByRole('link', { name: 'Our week in Gijón' }).click();
    await visitor.page.getByRole('heading', { level: 1, name: 'Our week in Gijón' }).waitFor();
    await visitor.page.getByText('cooking fabada together').waitFor();
    await visitor.page.getByText('By a pupil from Latvia').waitFor();
    expect(await picturesLoaded(visitor.page)).toBe(2);
    await visitor.page.screenshot({ path: path.join(SCREENSHOTS, 'showcase-public-post.png'), fullPage: true });
    const html = await visitor.page.content();
    expect(html).not.toContain('janis');
    expect(html).not.toContain('Jānis');

    // On a phone: no sideways scrolling, pictures fit.
    const phone = await newVisitor(env.browser, PHONE);
    await phone.page.goto(visitor.page.url());
    await phone.page.getByRole('heading', { level: 1, name: 'Our week in Gijón' }).waitFor();
    expect(await picturesLoaded(phone.page)).toBe(2);
    expect(await noSideways(phone.page)).toBe(true);
    await phone.page.screenshot({ path: path.join(SCREENSHOTS, 'showcase-public-post-phone.png'), fullPage: true });

    expect(dialogs).toEqual([]);
    for (const someone of [carmen, ilze, visitor, phone]) expect(someone.pageErrors).toEqual([]);
    await Promise.all([carmen, ilze, visitor, phone].map((someone) => someone.context.close()));
  });

  it('content carrying the XSS payload set runs no script when the showcase shows it', async () => {
    expect(showcaseUrl).not.toBe('');
    const base = env.kopa.url;
    const carmenApi = await apiUser(base, 'carmen');
    const spaces = await carmenApi.call<SpaceSummary[]>('GET', '/spaces');
    const spaceId = spaces.find((space) => space.kind === 'partnership')!.id;
    const create = (type: 'doc' | 'board', title: string) => carmenApi.call<ItemSummary>('POST', `/spaces/${spaceId}/items`, { type, title });

    // Payloads as text, headings, link URLs and titles, picture descriptions; as titles; as board notes.
    const items: ItemSummary[] = [];
    const everyPayload = await create('doc', 'Every payload');
    await writeLexicalJson(base, carmenApi, everyPayload.docId, xssDocument());
    items.push(everyPayload);
    for (const payload of XSS_STRINGS.filter((candidate) => candidate.value.length <= 120).slice(0, 12)) {
      const titled = await create('doc', payload.value);
      await writeLexicalJson(base, carmenApi, titled.docId, xssDocument());
      items.push(titled);
    }
    const board = await create('board', 'Payloads on a board');
    await addNotes(base, carmenApi, board.docId, XSS_STRINGS.map((payload) => payload.value));
    items.push(board);
    for (const item of items) {
      const state = await carmenApi.call<ItemPublicState>('PUT', `/items/${item.id}/public`);
      expect(state.shown).toBe(true);
    }

    const visitor = await newVisitor(env.browser, LAPTOP);
    const watch = watchForScripts(visitor.page);
    for (const url of [showcaseUrl, ...items.map((item) => `${showcaseUrl}/items/${item.id}`)]) await watch.visit(url);
    // The payloads are there, as text.
    await visitor.page.goto(`${showcaseUrl}/items/${everyPayload.id}`);
    await visitor.page.getByText('<script>alert(1)</script>', { exact: true }).first().waitFor();
    await visitor.page.screenshot({ path: path.join(SCREENSHOTS, 'showcase-xss.png') });
    watch.expectNothingRan();
    await visitor.context.close();
  });

  it('payloads a pupil typed and pasted in the editor show as text on the showcase, and run nothing', async () => {
    const base = env.kopa.url;
    const [janisApi, ilzeApi] = await Promise.all([apiUser(base, 'janis'), apiUser(base, 'ilze')]);
    const team = (await janisApi.call<SpaceSummary[]>('GET', '/spaces')).find((space) => space.kind === 'team' && space.canEdit)!;
    const doc = await janisApi.call<ItemSummary>('POST', `/spaces/${team.id}/items`, { type: 'doc', title: 'What we typed and pasted' });
    const payloads = XSS_STRINGS.filter((payload) => !payload.value.includes('\n') && payload.value.length <= 120).map((payload) => payload.value);
    const typed = payloads.filter((_, index) => index % 3 === 0);
    const pastedHtml = payloads.filter((_, index) => index % 3 === 1);
    const pastedText = payloads.filter((_, index) => index % 3 === 2);

    // Jānis types a third of the payloads, pastes a third as HTML (from a web page) and a third as plain text.
    const janis = await newVisitor(env.browser, LAPTOP);
    await logIn(janis.page, base, 'janis');
    await janis.page.goto(`${base}/items/${doc.id}`);
    await typeInEditor(janis.page, typed);
    await pasteInEditor(janis.page, pastedHtml, 'html');
    await pasteInEditor(janis.page, pastedText, 'text');
    await janis.page.keyboard.insertText('END OF THE PAYLOADS');
    await janis.page.getByText('All changes saved').waitFor({ timeout: 20_000 });

    // Carmen approves the document from its page; the showcase is on (Ilze turns it on if it is not).
    const carmen = await newVisitor(env.browser, LAPTOP);
    await logIn(carmen.page, base, 'carmen');
    await carmen.page.goto(`${base}/items/${doc.id}`);
    await carmen.page.getByRole('button', { name: 'Public showcase: Not public' }).click();
    await carmen.page.getByRole('group', { name: 'Public showcase: What we typed and pasted' }).getByRole('button', { name: 'Approve for the public' }).click();
    await ilzeApi.call('PUT', `/partnerships/${ilzeApi.me.partnershipId}/showcase`, { enabled: true });
    await carmen.page.reload();
    await carmen.page.getByRole('button', { name: 'Public showcase: Public' }).waitFor();

    // Someone who never logged in opens the showcase and the document.
    const visitor = await newVisitor(env.browser, LAPTOP);
    const watch = watchForScripts(visitor.page);
    const address = `${base}/showcase/together-in-our-diversity`;
    await watch.visit(address);
    await visitor.page.getByRole('link', { name: 'What we typed and pasted' }).waitFor();
    await watch.visit(`${address}/items/${doc.id}`);
    await visitor.page.getByRole('heading', { level: 1, name: 'What we typed and pasted' }).waitFor();
    await visitor.page.getByText('END OF THE PAYLOADS').waitFor();
    // Control characters (a NUL in a payload) are dropped on the way and HTML folds runs of spaces: compare the rest.
    const printable = (value: string) => value.replace(/[\p{Cc}\s]/gu, '');
    const shown = printable(await visitor.page.locator('main').innerText());
    // Typed and pasted as text: every character, as literal text. Pasted HTML was read as markup, so
    // the editor kept only its text (the script's words, if any): never an element that runs.
    for (const value of [...typed, ...pastedText]) expect(shown, value).toContain(printable(value));
    expect(await visitor.page.evaluate(() => document.querySelectorAll('main script, main iframe, main object, main embed, main svg, main math, main style, main [onerror], main [onload]').length)).toBe(0);
    await visitor.page.screenshot({ path: path.join(SCREENSHOTS, 'showcase-typed-and-pasted.png'), fullPage: true });
    watch.expectNothingRan();
    for (const someone of [janis, carmen, visitor]) expect(someone.pageErrors).toEqual([]);
    await Promise.all([janis, carmen, visitor].map((someone) => someone.context.close()));
  });
});
