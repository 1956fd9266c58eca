import path from 'node:path';
import { makeTempDir, startKopaProcess, stopKopaProcess, waitFor, type KopaProcess } from '@kopa/testkit';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from './support/axe';
import { apiUser } from './support/blog-posts';
import { launchChromium, LAPTOP, logIn, newVisitor, PHONE } from './support/browser';
import { ensureWebAppBuilt, SCREENSHOTS } from './support/kopa-under-test';
import { statusChip } from './support/post-page';

const SHOTS = process.env.KOPA_SHOTS_DIR ?? SCREENSHOTS;
const DRAFT = 'What we eat at school';
const SEEDED = 'Five days by the sea in Gijón';
const ENGLISH = [
  'In Timișoara, lunch is at one o’clock. We often eat soup first and then meat with potatoes.',
  'In Gijón, lunch is later, at two o’clock, and many pupils eat at home with their families.',
];
const LATVIAN = [
  'Timišoarā pusdienas ir pulksten vienos. Mēs bieži ēdam zupu un tad gaļu ar kartupeļiem.',
  'Gihonā pusdienas ir vēlāk, pulksten divos, un daudzi skolēni ēd mājās kopā ar ģimeni.',
];

const noSideways = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
const shoot = (page: Page, name: string) => page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });
const box = async (locator: Locator) => {
  const found = await locator.boundingBox();
  if (!found) throw new Error('not on screen');
  return found;
};

/** From the home page to a post in the team Welcome's space. */
async function openPost(page: Page, title: string): Promise<void> {
  await page.getByRole('region', { name: 'Your spaces' }).getByRole('link', { name: 'Welcome', exact: true }).click();
  await page.getByRole('link', { name: new RegExp(`^Open ${title}`) }).click();
  await page.getByRole('heading', { level: 1, name: title }).waitFor();
}

/**
 * Parallel texts, end to end, on the demo with its example posts: a pupil gives the seeded draft
 * a Latvian version and writes it beside the original while a partner watches it grow; a teacher
 * publishes; a reader finds the languages on the card, switches between them and reads them side
 * by side, paragraph 2 beside paragraph 2 on a laptop, one after the other on a phone.
 */
describe('parallel texts: a post and its versions in other languages', () => {
  let kopa: KopaProcess;
  let browser: Browser;
  let temp: Awaited<ReturnType<typeof makeTempDir>>;

  beforeAll(async () => {
    ensureWebAppBuilt();
    temp = await makeTempDir('kopa-e2e-parallel-');
    [kopa, browser] = await Promise.all([startKopaProcess(temp.path, { env: { KOPA_DEMO_POSTS: '1' } }), launchChromium()]);
  });

  afterAll(async () => {
    await browser?.close();
    if (kopa) await stopKopaProcess(kopa, 'SIGTERM');
    await temp?.remove();
  });

  it('a pupil writes a Latvian version beside the original, a partner sees it live, readers read both side by side', async () => {
    const base = kopa.url;

    // 1. Jānis opens the seeded draft and adds a version in Latvian, named in Latvian.
    const janis = await newVisitor(browser, LAPTOP);
    await logIn(janis.page, base, 'janis');
    await openPost(janis.page, DRAFT);
    const janisVersions = janis.page.getByRole('group', { name: 'Versions' });
    expect(await janisVersions.getByRole('button', { name: 'English (original)' }).getAttribute('aria-pressed')).toBe('true');
    await janisVersions.getByRole('button', { name: 'Add a version' }).click();
    const picker = janis.page.getByLabel('Which language will you write it in?');
    // The partnership's working languages come first, each in its own name (once the partnership has answered).
    await janis.page.waitForFunction(() => document.querySelector('optgroup')?.getAttribute('label') === 'Your partnership’s languages');
    expect(await picker.locator('optgroup').first().getAttribute('label')).toBe('Your partnership’s languages');
    expect(await picker.locator('optgroup').first().locator('option').allTextContents()).toEqual(['Latviešu', 'Español', 'Italiano', 'Română']);
    await picker.selectOption({ label: 'Latviešu' });
    await janis.page.getByRole('button', { name: 'Start writing' }).click();

    // The original on the left to read, the version on the right to write, each in its language.
    await janis.page.getByRole('heading', { level: 2, name: 'Original in English' }).waitFor();
    await janis.page.getByRole('heading', { level: 2, name: 'Version in Latviešu' }).waitFor();
    const reference = janis.page.getByRole('region', { name: 'The original text, to read while you write' });
    await reference.getByText(ENGLISH[1]!).waitFor();
    expect(await reference.locator('.post-content').getAttribute('lang')).toBe('en');
    const versionEditor = janis.page.getByRole('textbox', { name: `${DRAFT}: the version in Latviešu` });
    await waitFor(async () => (await versionEditor.getAttribute('contenteditable')) === 'true', { message: 'the version to be writable' });
    expect(await versionEditor.getAttribute('lang')).toBe('lv');
    expect(await janisVersions.getByRole('button', { name: 'Latviešu' }).getAttribute('aria-pressed')).toBe('true');
    const [original, version] = [await box(reference), await box(versionEditor)];
    expect(original.x + original.width).toBeLessThanOrEqual(version.x);

    // 2. Andrei, a partner in Timișoara, opens the same version in his own browser.
    const andrei = await newVisitor(browser, LAPTOP);
    await logIn(andrei.page, base, 'andrei');
    await openPost(andrei.page, DRAFT);
    await andrei.page.getByRole('group', { name: 'Versions' }).getByRole('button', { name: 'Latviešu' }).click();
    const andreisView = andrei.page.getByRole('textbox', { name: `${DRAFT}: the version in Latviešu` });
    await andreisView.waitFor();

    // 3. Jānis writes two paragraphs; Andrei sees them arrive as they are typed.
    await versionEditor.click();
    await janis.page.keyboard.type(LATVIAN[0]!);
    await janis.page.keyboard.press('Enter');
    await janis.page.keyboard.type(LATVIAN[1]!);
    await andreisView.getByText(LATVIAN[1]!).waitFor();
    await andreisView.getByText(LATVIAN[0]!).waitFor();
    await janis.page.locator('.parallel-editor .save-indicator', { hasText: 'All changes saved' }).waitFor();
    await expectNoAxeViolations(janis.page, 'the post editor with a version open beside the original');
    await shoot(janis.page, 'parallel-editor-laptop');

    // On a phone the original comes first, then the version: no sideways scrolling.
    const lucia = await newVisitor(browser, PHONE);
    await logIn(lucia.page, base, 'lucia');
    await openPost(lucia.page, DRAFT);
    await lucia.page.getByRole('group', { name: 'Versions' }).getByRole('button', { name: 'Latviešu' }).click();
    const luciasView = lucia.page.getByRole('textbox', { name: `${DRAFT}: the version in Latviešu` });
    await luciasView.getByText(LATVIAN[1]!).waitFor();
    const [phoneOriginal, phoneVersion] = [await box(lucia.page.getByRole('region', { name: 'The original text, to read while you write' })), await box(luciasView)];
    expect(phoneOriginal.y + phoneOriginal.height).toBeLessThanOrEqual(phoneVersion.y);
    expect(await noSideways(lucia.page)).toBe(true);
    await expectNoAxeViolations(lucia.page, 'the post editor with a version open, on a phone');
    await shoot(lucia.page, 'parallel-editor-phone');

    // 4. Jānis sends it for review; Carmen, a teacher, publishes it.
    const janisApi = await apiUser(base, 'janis');
    const postId = janis.page.url().split('/').pop()!;
    await janisApi.call('POST', `/posts/${postId}/submit`, {});
    const carmen = await newVisitor(browser, LAPTOP);
    await logIn(carmen.page, base, 'carmen');
    await openPost(carmen.page, DRAFT);
    await statusChip(carmen.page, 'Submitted for review').waitFor();
    await carmen.page.getByRole('button', { name: 'Publish' }).click();
    await statusChip(carmen.page, 'Published').waitFor();
    // The version now says readers see it.
    await janis.page.getByText('Readers see this version in the blog.').waitFor();

    // 5. Giulia reads the blog: the card says which languages the post is in.
    const giulia = await newVisitor(browser, LAPTOP);
    await logIn(giulia.page, base, 'giulia');
    await giulia.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Blog' }).click();
    await giulia.page.getByRole('heading', { level: 1, name: 'Blog' }).waitFor();
    await giulia.page.getByLabel('Languages: English, Latviešu', { exact: true }).waitFor();
    // The seeded post is there from the start, in three languages.
    await giulia.page.getByLabel('Languages: English, Latviešu, Español', { exact: true }).waitFor();
    await shoot(giulia.page, 'parallel-blog-cards');

    await giulia.page.getByRole('link', { name: DRAFT }).click();
    await giulia.page.getByRole('heading', { level: 1, name: DRAFT }).waitFor();
    const chips = giulia.page.getByRole('group', { name: 'This post is in:' });
    expect(await chips.getByRole('button').allTextContents()).toEqual(['English', 'Latviešu', 'Side by side']);
    expect(await chips.getByRole('button', { name: 'English' }).getAttribute('aria-pressed')).toBe('true');
    await giulia.page.getByText(ENGLISH[0]!).waitFor();
    await expectNoAxeViolations(giulia.page, 'a published post with a version, read in its original');

    // She switches to Latvian: the text is the version's, in Latvian, with who wrote it.
    await chips.getByRole('button', { name: 'Latviešu' }).click();
    const latvianText = giulia.page.locator('.post-reader .post-content[lang="lv"]');
    await latvianText.getByText(LATVIAN[1]!).waitFor();
    expect(await giulia.page.getByText(ENGLISH[0]!).count()).toBe(0);
    await giulia.page.getByText(/^Version in Latviešu by Jānis/).waitFor();

    // Side by side: paragraph 2 of the English on the same row as paragraph 2 of the Latvian.
    await chips.getByRole('button', { name: 'Side by side' }).click();
    const pair = giulia.page.getByRole('region', { name: 'English and Latviešu, paragraph by paragraph' });
    await pair.waitFor();
    expect(await giulia.page.getByLabel('First language').inputValue()).toBe('en');
    expect(await giulia.page.getByLabel('Second language').inputValue()).toBe('lv');
    const englishSecond = pair.locator('[lang="en"]').getByText(ENGLISH[1]!);
    const latvianSecond = pair.locator('[lang="lv"]').getByText(LATVIAN[1]!);
    const [left, right] = [await box(englishSecond), await box(latvianSecond)];
    expect(Math.abs(left.y - right.y)).toBeLessThanOrEqual(2);
    expect(left.x + left.width).toBeLessThanOrEqual(right.x);
    // …and not on the row of paragraph 1.
    expect((await box(pair.locator('[lang="lv"]').getByText(LATVIAN[0]!))).y).toBeLessThan(right.y);
    await expectNoAxeViolations(giulia.page, 'a post read side by side');
    await shoot(giulia.page, 'parallel-reader-side-by-side-laptop');

    // The seeded post: five paragraphs in three languages, side by side in any two.
    await giulia.page.goto(`${base}/blog`);
    await giulia.page.getByRole('link', { name: SEEDED }).click();
    await giulia.page.getByRole('group', { name: 'This post is in:' }).getByRole('button', { name: 'Side by side' }).click();
    await giulia.page.getByLabel('Second language').selectOption('es');
    await giulia.page.getByRole('region', { name: 'English and Español, paragraph by paragraph' }).waitFor();
    expect(await giulia.page.locator('.parallel-reading__row').count()).toBe(5);
    await shoot(giulia.page, 'parallel-reader-seeded-three-languages');

    // 6. On a phone, side by side becomes one paragraph after the other, each labelled with its language.
    const phone = await newVisitor(browser, PHONE);
    await logIn(phone.page, base, 'giulia');
    await phone.page.goto(`${base}/blog/${postId}`);
    await phone.page.getByRole('heading', { level: 1, name: DRAFT }).waitFor();
    await phone.page.getByRole('group', { name: 'This post is in:' }).getByRole('button', { name: 'Side by side' }).click();
    const phonePair = phone.page.getByRole('region', { name: 'English and Latviešu, paragraph by paragraph' });
    const [phoneEnglish, phoneLatvian, nextEnglish] = [
      await box(phonePair.locator('[lang="en"]').getByText(ENGLISH[0]!)),
      await box(phonePair.locator('[lang="lv"]').getByText(LATVIAN[0]!)),
      await box(phonePair.locator('[lang="en"]').getByText(ENGLISH[1]!)),
    ];
    expect(phoneEnglish.y + phoneEnglish.height).toBeLessThanOrEqual(phoneLatvian.y);
    expect(phoneLatvian.y + phoneLatvian.height).toBeLessThanOrEqual(nextEnglish.y);
    await phonePair.locator('.parallel-reading__tag', { hasText: 'Latviešu' }).first().waitFor();
    expect(await noSideways(phone.page)).toBe(true);
    await expectNoAxeViolations(phone.page, 'a post read side by side on a phone');
    await shoot(phone.page, 'parallel-reader-phone');

    for (const visitor of [janis, andrei, lucia, carmen, giulia, phone]) expect(visitor.pageErrors).toEqual([]);
  });
});
