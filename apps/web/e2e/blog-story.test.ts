import { waitFor } from '@kopa/testkit';
import type { PostDetail } from '@kopa/protocol';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { apiUser, coverPicture } from './support/blog-posts';
import { caretToEnd, editorOf, LAPTOP, logIn, newVisitor, PHONE } from './support/browser';
import { SCREENSHOTS, useKopaAndChromium } from './support/kopa-under-test';
import { newPost, statusChip, untilSaved } from './support/post-page';

const TITLE = 'What we brought home from Gijón';
const OPENING = 'Eight months after our visit to Gijón, we still talk about it every week.';
const JANIS_SAYS = 'In Daugavpils we now cook fabada on Sundays, and my little brother asks for more every time.';
const LUCIA_SAYS = '¡Hola desde Gijón! We miss our Latvian friends.';
const PICTURE_ALT = 'Our two classes on the beach of San Lorenzo';
const COVER_ALT = 'Green hills above the sea near Gijón';
const SUBMIT_NOTE = 'We wrote it together. Is the picture all right?';

/** A picture has arrived from the server and is drawn (not only its frame). */
const loaded = (image: Locator, who: string) =>
  waitFor(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0), { message: `${who}: the picture loaded` });

const noSideways = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

/** The published post as a reader sees it, whole, with every picture drawn (the text's picture loads lazily). */
async function shootPublished(page: Page, name: string): Promise<void> {
  const picture = page.locator('.post-content').getByRole('img', { name: PICTURE_ALT });
  await picture.scrollIntoViewIfNeeded();
  await loaded(picture, name);
  await loaded(page.getByRole('img', { name: COVER_ALT }), name);
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: `${SCREENSHOTS}/${name}.png`, fullPage: true });
}

/**
 * Issue 4's story, all through the UI: two pupils of two countries write a post with a
 * picture and send it for review, a teacher of a third school approves and publishes it,
 * a pupil of a fourth school finds it on the blog, reads it and reacts; everyone sees it live.
 */
describe('the joint blog, from the first word to the first reaction', () => {
  const env = useKopaAndChromium();

  it('Jānis and Lucía write a post with a picture, Carmen publishes it, Giulia reads it and reacts', { timeout: 180_000 }, async () => {
    const base = env.kopa.url;
    const janis = await newVisitor(env.browser, LAPTOP);
    const lucia = await newVisitor(env.browser, PHONE);
    await Promise.all([logIn(janis.page, base, 'janis'), logIn(lucia.page, base, 'lucia')]);
    // Only to read the server's state for the assertions: every change goes through the pages.
    const janisApi = await apiUser(base, 'janis');

    // 1. Jānis starts the post in the Welcome team space and writes its first line.
    const url = await newPost(janis.page, TITLE);
    const postId = url.split('/').at(-1)!;
    await caretToEnd(janis.page);
    await janis.page.keyboard.type(OPENING);
    await editorOf(janis.page).filter({ hasText: OPENING }).waitFor();

    // 2. Lucía opens it on her phone; both write a sentence of their own at the same time.
    await lucia.page.goto(url);
    await lucia.page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    await editorOf(lucia.page).filter({ hasText: OPENING }).waitFor();
    await Promise.all([caretToEnd(janis.page), caretToEnd(lucia.page)]);
    await Promise.all([
      janis.page.keyboard.press('Enter').then(() => janis.page.keyboard.type(JANIS_SAYS)),
      lucia.page.keyboard.press('Enter').then(() => lucia.page.keyboard.type(LUCIA_SAYS)),
    ]);
    for (const { page } of [janis, lucia]) {
      await editorOf(page).filter({ hasText: JANIS_SAYS }).filter({ hasText: LUCIA_SAYS }).waitFor();
    }
    await janis.page.locator('.editor-surface__cursors').getByText('Lucía (ES)').waitFor();
    await lucia.page.locator('.editor-surface__cursors').getByText('Jānis (LV)').waitFor();
    // The credits follow the text: the one who wrote more comes first.
    await lucia.page.getByText('Written by Jānis (Latvia) and Lucía (Spain)').waitFor();

    // 3. Jānis adds a picture with the toolbar's file picker and describes it; Lucía sees both.
    // A click that leaves the caret where it was once made the description field close at once
    // (Lexical dropped the picture's selection when the field took the focus): click first on purpose.
    await caretToEnd(janis.page);
    const chooser = janis.page.waitForEvent('filechooser');
    await janis.page.getByRole('button', { name: 'Add a picture' }).click();
    await (await chooser).setFiles({ name: 'beach.png', mimeType: 'image/png', buffer: Buffer.from(await coverPicture('#8cc8ee', '#e3c58a')) });
    await janis.page.getByLabel('Describe the picture for someone who cannot see it').waitFor();
    await janis.page.keyboard.type(PICTURE_ALT);
    await janis.page.keyboard.press('Enter');
    const luciasPicture = editorOf(lucia.page).getByRole('img', { name: PICTURE_ALT });
    await luciasPicture.waitFor();
    await loaded(luciasPicture, 'Lucía');
    await waitFor(async () => (await lucia.page.getByText('Needs a description').count()) === 0, { message: 'no picture left to describe' });

    // The post's details: its language, a theme, the visit and when, a cover and its description.
    await janis.page.getByLabel('Language of the post').selectOption({ label: 'English' });
    await untilSaved(janis.page);
    await janis.page.getByRole('button', { name: 'cultural heritage' }).click();
    await untilSaved(janis.page);
    await janis.page.getByLabel('Visit', { exact: true }).selectOption({ label: 'Visit to Gijón' });
    await untilSaved(janis.page);
    await janis.page.getByLabel('When', { exact: true }).selectOption({ label: 'After the visit' });
    await untilSaved(janis.page);
    const coverChooser = janis.page.waitForEvent('filechooser');
    await janis.page.getByRole('button', { name: 'Choose a picture' }).click();
    await (await coverChooser).setFiles({ name: 'hills.png', mimeType: 'image/png', buffer: Buffer.from(await coverPicture('#9fd3f0', '#2f8f5b')) });
    const coverAlt = janis.page.getByLabel('Describe the cover picture');
    await coverAlt.fill(COVER_ALT);
    await coverAlt.blur();
    await janis.page.locator('.cover-field').getByRole('img', { name: COVER_ALT }).waitFor();
    await untilSaved(janis.page);
    const mobilityId = await janis.page.getByLabel('Visit', { exact: true }).inputValue();
    const saved = await waitFor(
      async () => {
        const { meta } = await janisApi.call<PostDetail>('GET', `/posts/${postId}`);
        return meta.coverAlt === COVER_ALT && meta.cover !== null ? meta : null;
      },
      { message: 'the details on the server' },
    );
    expect({ ...saved, cover: saved.cover !== null }).toEqual({
      language: 'en',
      themes: ['cultural heritage'],
      mobilityId,
      phase: 'after',
      cover: true,
      coverAlt: COVER_ALT,
    });

    // 4. Lucía sends it for review, with a note for the teachers.
    await lucia.page.getByRole('button', { name: 'Submit for review' }).click();
    await lucia.page.getByLabel('Message for the teachers (if you like)').fill(SUBMIT_NOTE);
    await lucia.page.getByRole('button', { name: 'Send for review' }).click();
    await lucia.page.getByText('Sent for review.').waitFor();
    await statusChip(lucia.page, 'Submitted for review').waitFor();
    await statusChip(janis.page, 'Submitted for review').waitFor();

    // 5. Carmen, a teacher from Lucía's school, finds it in the team's space, approves and publishes it.
    const carmen = await newVisitor(env.browser, LAPTOP);
    await logIn(carmen.page, base, 'carmen');
    await carmen.page.getByRole('region', { name: 'Your spaces' }).getByRole('link', { name: 'Welcome', exact: true }).click();
    await carmen.page.getByRole('link', { name: new RegExp(`^Open ${TITLE} `) }).click();
    await carmen.page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    await statusChip(carmen.page, 'Submitted for review').waitFor();
    await carmen.page.getByText('Lucía (ES) sent it for review').waitFor();
    await carmen.page.locator('.workflow-bar__note', { hasText: SUBMIT_NOTE }).waitFor();
    await carmen.page.getByRole('button', { name: 'Approve' }).click();
    await statusChip(carmen.page, 'Approved').waitFor();
    await statusChip(janis.page, 'Approved').waitFor();
    await carmen.page.getByRole('button', { name: 'Publish' }).click();
    await statusChip(carmen.page, 'Published').waitFor();
    // Jānis and Lucía see it happen without reloading.
    await statusChip(janis.page, 'Published').waitFor();
    await statusChip(lucia.page, 'Published').waitFor();

    // Jānis goes to read the published post, and stays there.
    await janis.page.getByRole('link', { name: 'Read the published post' }).click();
    await janis.page.waitForURL(`${base}/blog/${postId}`);
    const janisClap = janis.page.getByRole('button', { name: /^Well done: / });
    await janis.page.getByRole('button', { name: 'Well done: nobody yet' }).waitFor();

    // 6. Giulia finds it on the blog from the main menu, under its visit and phase.
    const giulia = await newVisitor(env.browser, LAPTOP);
    await logIn(giulia.page, base, 'giulia');
    await giulia.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Blog' }).click();
    await giulia.page.getByRole('heading', { level: 1, name: 'Blog' }).waitFor();
    const section = giulia.page.getByRole('region', { name: 'After the visit to Gijón' });
    await section.getByRole('link', { name: TITLE }).click();
    await giulia.page.waitForURL(`${base}/blog/${postId}`);
    await giulia.page.getByRole('heading', { level: 1, name: TITLE }).waitFor();

    // The text, the picture with its description, the cover, the visit, and who wrote it with their schools.
    const content = giulia.page.locator('.post-content');
    for (const words of [OPENING, JANIS_SAYS, LUCIA_SAYS]) await content.getByText(words).waitFor();
    expect(await content.getAttribute('lang')).toBe('en');
    await loaded(content.getByRole('img', { name: PICTURE_ALT }), 'Giulia');
    await giulia.page.locator('.post-reader__cover').getByRole('img', { name: COVER_ALT }).waitFor();
    await giulia.page.getByText('After the visit to Gijón').waitFor();
    expect(await giulia.page.locator('.post-reader__credits').textContent()).toBe(
      'Written by Jānis (Daugavpils Secondary School, Latvia) and Lucía (IES Gijón, Spain)',
    );
    expect(await giulia.page.getByRole('list', { name: 'Themes' }).textContent()).toBe('cultural heritage');

    // She reacts; the count says 1 for her, and Jānis's page follows at once.
    const clap = giulia.page.getByRole('button', { name: 'Well done: nobody yet' });
    await clap.click();
    const clapped = giulia.page.getByRole('button', { name: 'Well done: 1 person' });
    await clapped.waitFor();
    expect(await clapped.getAttribute('aria-pressed')).toBe('true');
    expect(await clapped.locator('.reactions__count').textContent()).toBe('1');
    await janis.page.getByRole('button', { name: 'Well done: 1 person' }).waitFor();
    expect(await janisClap.getAttribute('aria-pressed')).toBe('false');
    expect(await janisClap.locator('.reactions__count').textContent()).toBe('1');

    // 7. The published post as Giulia sees it, on a laptop and on a phone.
    await shootPublished(giulia.page, 'blog-story-published-laptop');
    await giulia.page.setViewportSize(PHONE);
    expect(await noSideways(giulia.page)).toBe(true);
    await shootPublished(giulia.page, 'blog-story-published-phone');

    for (const visitor of [janis, lucia, carmen, giulia]) expect(visitor.pageErrors).toEqual([]);
    await Promise.all([janis, lucia, carmen, giulia].map((visitor) => visitor.context.close()));
  });
});
