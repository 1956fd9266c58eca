import fs from 'node:fs/promises';
import path from 'node:path';
import type { ItemSummary, SpaceSummary, UploadedImage } from '@kopa/protocol';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { apiUser, coverPicture, publishPost } from './support/blog-posts';
import { editorOf, LAPTOP, logIn, newVisitor } from './support/browser';
import { SCREENSHOTS, useKopaAndChromium } from './support/kopa-under-test';
import { picturesLoaded } from './support/pictures';
import { imagesPerPdfPage } from './support/pdf-pages';
import { writeLexicalJson } from './support/showcase-content';

const text = (value: string, format = 0) => ({ type: 'text', version: 1, text: value, format, detail: 0, mode: 'normal', style: '' });
const paragraph = (value: string) => ({ type: 'paragraph', version: 1, direction: 'ltr', format: '', indent: 0, textFormat: 0, textStyle: '', children: [text(value)] });
const heading = (value: string) => ({ type: 'heading', version: 1, tag: 'h2', direction: 'ltr', format: '', indent: 0, children: [text(value)] });
const picture = (image: UploadedImage, altText: string) => ({ type: 'image', version: 1, uploadId: image.id, altText, width: image.width, height: image.height });

const LONG =
  'We walked from the school to the old harbour, counted the fishing boats, asked the fishermen about their work in three languages and wrote down what they told us about the sea, the weather and the fish that come back every spring.';

/** Whether something is drawn at all (printed media hides it with display: none or by an ancestor). */
const drawn = (page: Page, selector: string) =>
  page.evaluate((css) => Array.from(document.querySelectorAll(css)).some((element) => (element as HTMLElement).offsetParent !== null || element.getClientRects().length > 0), selector);

/** The page's Print button is labelled, reached from the keyboard, and opens the browser's print dialog. */
async function printButtonWorks(page: Page): Promise<void> {
  await page.evaluate(() => {
    window.print = () => {
      (window as unknown as { printed: boolean }).printed = true;
    };
  });
  const button = page.getByRole('button', { name: 'Print', exact: true });
  await button.focus();
  expect(await button.evaluate((element) => element === document.activeElement && element.tabIndex >= 0)).toBe(true);
  await page.keyboard.press('Enter');
  expect(await page.evaluate(() => (window as unknown as { printed?: boolean }).printed)).toBe(true);
}

/** What a page must and must not show on paper. */
async function expectPrintable(page: Page, parts: { title: string; words: string; pictures: number; screenshot: string }): Promise<void> {
  await page.emulateMedia({ media: 'print' });
  await page.screenshot({ path: path.join(SCREENSHOTS, parts.screenshot), fullPage: true });
  for (const hidden of ['.app-header', '.back-link', '[role="toolbar"]', '.save-indicator', 'button:not(.image-block__frame)']) expect(await drawn(page, hidden), hidden).toBe(false);
  await page.getByRole('heading', { level: 1, name: parts.title }).waitFor();
  await page.getByText(parts.words).first().waitFor();
  const licence = page.locator('.print-licence');
  await licence.waitFor();
  expect(await licence.innerText()).toContain('CC BY-SA 4.0');
  expect(await page.evaluate(() => Array.from(document.images).filter((image) => image.getClientRects().length > 0 && image.naturalWidth > 0).length)).toBe(parts.pictures);
}

describe('printing a document, a post and the published post', () => {
  const env = useKopaAndChromium();

  it('gives the title, credits, text, pictures and licence on paper, without the app around them', async () => {
    const base = env.kopa.url;
    const [janisApi, carmenApi] = await Promise.all([apiUser(base, 'janis'), apiUser(base, 'carmen')]);

    // A document with three pictures between long paragraphs: enough for page breaks to fall near a picture.
    const spaces = await janisApi.call<SpaceSummary[]>('GET', '/spaces');
    const team = spaces.find((space) => space.kind === 'team' && space.canEdit)!;
    const doc = await janisApi.call<ItemSummary>('POST', `/spaces/${team.id}/items`, { type: 'doc', title: 'A day at the harbour' });
    const upload = async (sky: string, hills: string) => janisApi.call<UploadedImage>('POST', `/spaces/${team.id}/uploads`, await coverPicture(sky, hills));
    const pictures = [await upload('#9fd3f0', '#2f8f5b'), await upload('#fde1c8', '#c4553b'), await upload('#d7e3fc', '#3b5bc4')];
    const blocks: unknown[] = [heading('What we saw')];
    pictures.forEach((image, index) => {
      for (let i = 0; i < 3; i += 1) blocks.push(paragraph(`${index + 1}.${i + 1} ${LONG}`));
      blocks.push(picture(image, `Picture ${index + 1} of the harbour`));
    });
    blocks.push(paragraph('The end of our day at the harbour.'));
    await writeLexicalJson(base, janisApi, doc.docId, { root: { type: 'root', version: 1, direction: 'ltr', format: '', indent: 0, children: blocks } });

    const post = await publishPost(base, janisApi, carmenApi, {
      title: 'Our week in Gijón',
      heading: 'Five days by the sea',
      paragraphs: ['We arrived on Monday evening.', 'The best part was cooking fabada together.'],
      language: 'en',
      themes: ['cultural heritage'],
      cover: { bytes: await coverPicture('#9fd3f0', '#2f8f5b'), alt: 'Green hills above the sea near Gijón' },
      picture: { bytes: await coverPicture('#fde1c8', '#c4553b'), alt: 'The old town at sunset' },
    });

    const janis = await newVisitor(env.browser, LAPTOP);
    await logIn(janis.page, base, 'janis');

    // The document.
    await janis.page.goto(`${base}/items/${doc.id}`);
    await editorOf(janis.page).filter({ hasText: 'The end of our day' }).waitFor();
    await janis.page.getByText('All changes saved').waitFor();
    await picturesLoaded(janis.page);
    await printButtonWorks(janis.page);
    await expectPrintable(janis.page, { title: 'A day at the harbour', words: 'The end of our day at the harbour.', pictures: 3, screenshot: 'print-document.png' });
    const pdf = await janis.page.pdf({ format: 'A4', preferCSSPageSize: true });
    await fs.writeFile(path.join(SCREENSHOTS, 'print-document.pdf'), pdf);
    // Each picture whole on one page: a picture split by a page break would be drawn on two.
    const perPage = imagesPerPdfPage(pdf);
    expect(perPage.length).toBeGreaterThan(1);
    const drawnOn = new Map<string, number>();
    for (const images of perPage) for (const image of images) drawnOn.set(image, (drawnOn.get(image) ?? 0) + 1);
    expect(drawnOn.size).toBe(3);
    expect([...drawnOn.values()].every((pages) => pages === 1)).toBe(true);
    await janis.page.emulateMedia({ media: 'screen' });

    // The post's writing page: credits too.
    await janis.page.goto(`${base}/posts/${post.id}`);
    await editorOf(janis.page).filter({ hasText: 'cooking fabada' }).waitFor();
    await janis.page.locator('.post-credits', { hasText: 'Written by Jānis' }).waitFor();
    await picturesLoaded(janis.page);
    await printButtonWorks(janis.page);
    await expectPrintable(janis.page, { title: 'Our week in Gijón', words: 'cooking fabada together', pictures: 1, screenshot: 'print-post.png' });
    expect(await drawn(janis.page, '.post-credits')).toBe(true);
    await janis.page.emulateMedia({ media: 'screen' });

    // The published post in the reader: cover, credits, text; no reactions or comments.
    await janis.page.goto(`${base}/blog/${post.id}`);
    await janis.page.getByText('cooking fabada together').waitFor();
    await picturesLoaded(janis.page);
    await printButtonWorks(janis.page);
    await expectPrintable(janis.page, { title: 'Our week in Gijón', words: 'cooking fabada together', pictures: 2, screenshot: 'print-reader.png' });
    expect(await drawn(janis.page, '.post-reader__credits')).toBe(true);
    for (const hidden of ['.reactions', '.comments']) expect(await drawn(janis.page, hidden), hidden).toBe(false);

    expect(janis.pageErrors).toEqual([]);
    await janis.context.close();
  });
});
