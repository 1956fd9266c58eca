import fs from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ItemSummary, SpaceSummary } from '@kopa/protocol';
import { makeTempDir } from '@kopa/testkit';
import { describe, expect, it } from 'vitest';
import { XSS_STRINGS, xssDocument } from '../../../packages/render/test/xss-payloads';
import { apiUser, coverPicture, publishPost } from './support/blog-posts';
import { LAPTOP, logIn, newVisitor } from './support/browser';
import { pasteInEditor, typeInEditor } from './support/editor-payloads';
import { exportSite } from './support/exports';
import { SCREENSHOTS, useKopaAndChromium } from './support/kopa-under-test';
import { picturesLoaded } from './support/pictures';
import { watchForScripts } from './support/script-watch';
import { writeLexicalJson } from './support/showcase-content';

describe('the website export, opened from disk in chromium', () => {
  const env = useKopaAndChromium();

  it('shows the posts and their pictures from file://, with no server and no script', async () => {
    const base = env.kopa.url;
    const [janis, carmen, ilze] = await Promise.all([apiUser(base, 'janis'), apiUser(base, 'carmen'), apiUser(base, 'ilze')]);
    await publishPost(base, janis, carmen, {
      title: 'Our week in Gijón',
      heading: 'Five days by the sea',
      paragraphs: ['We arrived on Monday evening.', 'The best part was cooking fabada together.'],
      language: 'en',
      themes: ['cultural heritage'],
      mobility: { title: 'Visit to Gijón', phase: 'during' },
      cover: { bytes: await coverPicture('#9fd3f0', '#2f8f5b'), alt: 'Green hills above the sea near Gijón' },
      picture: { bytes: await coverPicture('#fde1c8', '#c4553b'), alt: 'The old town at sunset' },
    });

    const folder = await makeTempDir('kopa-site-');
    try {
      await exportSite(base, ilze, folder.path);
      const visitor = await newVisitor(env.browser, LAPTOP);
      const errors: string[] = [];
      visitor.page.on('pageerror', (error) => errors.push(error.message));
      visitor.page.on('requestfailed', (request) => errors.push(`failed: ${request.url()}`));
      await visitor.page.goto(pathToFileURL(path.join(folder.path, 'index.html')).href);
      await visitor.page.getByRole('heading', { level: 1, name: 'Together in our diversity' }).waitFor();
      await visitor.page.getByText('IES Gijón (Spain)').waitFor();
      await visitor.page.getByRole('link', { name: 'CC BY-SA 4.0' }).waitFor();
      await visitor.page.screenshot({ path: path.join(SCREENSHOTS, 'site-export-home.png'), fullPage: true });

      await visitor.page.getByRole('link', { name: 'Visits and posts' }).first().click();
      await visitor.page.getByRole('heading', { name: 'During the visit to Gijón' }).waitFor();
      await visitor.page.getByRole('link', { name: 'Our week in Gijón' }).click();
      await visitor.page.getByRole('heading', { level: 1, name: 'Our week in Gijón' }).waitFor();
      expect(visitor.page.url()).toMatch(/^file:\/\/.*\/posts\/our-week-in-gijon-[0-9a-f]{8}\.html$/);
      await visitor.page.getByText('cooking fabada together').waitFor();
      await visitor.page.getByText('By a pupil from Latvia').first().waitFor();
      // The cover and the picture in the text, both from files/ beside the page.
      expect(await picturesLoaded(visitor.page)).toBe(2);
      await visitor.page.evaluate(() => window.scrollTo(0, 0));
      await visitor.page.screenshot({ path: path.join(SCREENSHOTS, 'site-export-post.png'), fullPage: true });
      expect(errors).toEqual([]);
      await visitor.context.close();
    } finally {
      await folder.remove();
    }
  });

  it('content carrying the XSS payload set (typed, pasted, raw Yjs) runs no script in the exported site', async () => {
    const base = env.kopa.url;
    const [carmen, ilze] = await Promise.all([apiUser(base, 'carmen'), apiUser(base, 'ilze')]);
    const spaces = await carmen.call<SpaceSummary[]>('GET', '/spaces');
    const team = spaces.find((space) => space.kind === 'team' && space.canEdit)!;

    // (c) A raw Yjs write: every payload as text, link URLs and attributes.
    const raw = await carmen.call<ItemSummary>('POST', `/spaces/${team.id}/items`, { type: 'doc', title: 'Raw payloads' });
    await writeLexicalJson(base, carmen, raw.docId, xssDocument());

    // (a) Through the editor in the browser: typed, and pasted as HTML from the clipboard.
    const typed = await carmen.call<ItemSummary>('POST', `/spaces/${team.id}/items`, { type: 'doc', title: 'Typed payloads' });
    const writer = await newVisitor(env.browser, LAPTOP);
    await logIn(writer.page, base, 'carmen');
    await writer.page.goto(`${base}/items/${typed.id}`);
    const short = XSS_STRINGS.filter((payload) => payload.value.length <= 120).slice(0, 10).map((payload) => payload.value);
    await typeInEditor(writer.page, short);
    await pasteInEditor(writer.page, short);
    await writer.page.keyboard.insertText('END OF THE TYPED PAYLOADS');
    await writer.page.getByText('All changes saved').waitFor({ timeout: 20_000 });
    await writer.context.close();

    const folder = await makeTempDir('kopa-site-xss-');
    try {
      const pages = await exportSite(base, ilze, folder.path);
      expect(pages.some((name) => name.startsWith('documents/typed-payloads-'))).toBe(true);
      expect(pages.some((name) => name.startsWith('documents/raw-payloads-'))).toBe(true);
      const typedPage = pages.find((name) => name.startsWith('documents/typed-payloads-'))!;
      expect(await fs.readFile(path.join(folder.path, typedPage), 'utf8')).toContain('END OF THE TYPED PAYLOADS');

      const visitor = await newVisitor(env.browser, LAPTOP);
      const watch = watchForScripts(visitor.page);
      for (const name of pages) {
        await watch.visit(pathToFileURL(path.join(folder.path, name)).href);
        if (name.startsWith('documents/typed-payloads-')) await visitor.page.screenshot({ path: path.join(SCREENSHOTS, 'site-export-xss-typed.png'), fullPage: true });
      }
      watch.expectNothingRan();
      await visitor.context.close();
    } finally {
      await folder.remove();
    }
  });
});
