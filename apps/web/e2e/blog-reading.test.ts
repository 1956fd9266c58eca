import { waitFor } from '@kopa/testkit';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { apiUser, comment, coverPicture, publishPost } from './support/blog-posts';
import { LAPTOP, logIn, newVisitor, PHONE } from './support/browser';
import { SCREENSHOTS, useKopaAndChromium } from './support/kopa-under-test';

const noSideways = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

/** The titles of the cards on the blog page, in order. */
const cardTitles = (page: Page) => page.locator('.post-card__title').allTextContents();
const untilCards = (page: Page, titles: string[]) =>
  waitFor(async () => JSON.stringify(await cardTitles(page)) === JSON.stringify(titles), { message: `the cards ${titles.join(', ')}` });

const reaction = (page: Page, name: RegExp) => page.getByRole('button', { name });

describe('the blog: reading, reacting, commenting, reporting and moderating, live', () => {
  const env = useKopaAndChromium();

  it('pupils read and talk about published posts, a guest reports, a teacher moderates', async () => {
    const base = env.kopa.url;
    const [janisApi, luciaApi, giuliaApi, andreiApi, carmenApi] = await Promise.all([
      apiUser(base, 'janis'),
      apiUser(base, 'lucia'),
      apiUser(base, 'giulia'),
      apiUser(base, 'andrei'),
      apiUser(base, 'carmen'),
    ]);
    const week = await publishPost(base, janisApi, carmenApi, {
      title: 'Our week in Gijón',
      heading: 'Five days by the sea',
      paragraphs: [
        'We arrived on Monday evening and our host families waited for us at the school with a big banner.',
        'The best part was cooking fabada together: the secret is a lot of patience.',
      ],
      language: 'en',
      themes: ['cultural heritage', 'inclusion'],
      mobility: { title: 'Visit to Gijón', phase: 'during' },
      cover: { bytes: await coverPicture('#9fd3f0', '#2f8f5b'), alt: 'Green hills above the sea near Gijón' },
      picture: { bytes: await coverPicture('#fde1c8', '#c4553b'), alt: 'The old town of Cimadevilla at sunset' },
    });
    await publishPost(base, luciaApi, carmenApi, {
      title: 'Preparamos la bienvenida',
      heading: '¿Qué vamos a enseñar?',
      paragraphs: ['Antes de la visita hicimos una lista de lugares que queremos enseñar.'],
      language: 'es',
      themes: ['diversity'],
      mobility: { title: 'Visit to Gijón', phase: 'before' },
    });
    await publishPost(base, giuliaApi, carmenApi, {
      title: 'Words we learned from each other',
      heading: 'A small dictionary',
      paragraphs: ['Sveiki, hola, ciao, salut: the first words of each language in one list.'],
      language: 'en',
      themes: ['diversity'],
    });

    // Jānis finds the blog in the menu: posts grouped by the visit's phases, posts about no visit last.
    const janis = await newVisitor(env.browser, LAPTOP);
    await logIn(janis.page, base, 'janis');
    await janis.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Blog' }).click();
    await janis.page.getByRole('heading', { level: 1, name: 'Blog' }).waitFor();
    await untilCards(janis.page, ['Preparamos la bienvenida', 'Our week in Gijón', 'Words we learned from each other']);
    expect(await janis.page.getByRole('heading', { level: 2 }).allTextContents()).toEqual([
      'Before the visit to Gijón',
      'During the visit to Gijón',
      'Other posts',
    ]);
    expect(await janis.page.getByRole('img', { name: 'Green hills above the sea near Gijón' }).count()).toBe(1);
    expect(await janis.page.locator('.post-card__title[lang="es"]').textContent()).toBe('Preparamos la bienvenida');

    // Filters: a theme chip, a visit's phase, and a search the server answers.
    await janis.page.getByRole('button', { name: 'diversity' }).click();
    expect(await janis.page.getByRole('button', { name: 'diversity' }).getAttribute('aria-pressed')).toBe('true');
    await untilCards(janis.page, ['Preparamos la bienvenida', 'Words we learned from each other']);
    await janis.page.getByText('2 posts found').waitFor();
    await janis.page.getByRole('button', { name: 'All themes' }).click();
    await janis.page.getByLabel('Visit', { exact: true }).selectOption({ label: 'During the visit to Gijón' });
    await untilCards(janis.page, ['Our week in Gijón']);
    await janis.page.getByLabel('Visit', { exact: true }).selectOption({ label: 'All visits' });
    await janis.page.getByLabel('Search the blog').fill('fabad');
    await untilCards(janis.page, ['Our week in Gijón']);
    await janis.page.getByLabel('Search the blog').fill('zebra');
    await janis.page.getByText('No published post matches.', { exact: false }).waitFor();
    await janis.page.getByRole('button', { name: 'Show all posts' }).click();
    await untilCards(janis.page, ['Preparamos la bienvenida', 'Our week in Gijón', 'Words we learned from each other']);

    // The post as it was written: cover, credits, its language, the text and its picture.
    await janis.page.getByRole('link', { name: 'Our week in Gijón' }).click();
    await janis.page.getByRole('heading', { level: 1, name: 'Our week in Gijón' }).waitFor();
    await janis.page.getByText('Written by Jānis (Daugavpils Secondary School, Latvia)').waitFor();
    await janis.page.getByText('During the visit to Gijón').waitFor();
    const content = janis.page.locator('.post-content');
    await content.getByRole('heading', { name: 'Five days by the sea' }).waitFor();
    expect(await content.getAttribute('lang')).toBe('en');
    expect(await content.getAttribute('contenteditable')).toBeNull();
    await content.getByRole('img', { name: 'The old town of Cimadevilla at sunset' }).waitFor();
    await janis.page.getByText('No comments yet. Be the first to say something kind!').waitFor();

    // Lucía reads the same post on her phone; reactions and comments reach each other at once.
    const lucia = await newVisitor(env.browser, PHONE);
    await logIn(lucia.page, base, 'lucia');
    await lucia.page.goto(`${base}/blog/${week.id}`);
    await lucia.page.getByRole('heading', { level: 1, name: 'Our week in Gijón' }).waitFor();

    await reaction(janis.page, /^Love it: nobody yet$/).click();
    await reaction(janis.page, /^Love it: 1 person$/).waitFor();
    expect(await reaction(janis.page, /^Love it/).getAttribute('aria-pressed')).toBe('true');
    await reaction(lucia.page, /^Love it: 1 person$/).waitFor();
    expect(await reaction(lucia.page, /^Love it/).getAttribute('aria-pressed')).toBe('false');
    await reaction(lucia.page, /^Love it/).click();
    await reaction(janis.page, /^Love it: 2 people$/).waitFor();
    expect(await reaction(janis.page, /^Love it/).getAttribute('aria-pressed')).toBe('true');

    await lucia.page.getByLabel('Write a comment').fill('So nice to have you here!\nThe recipe: https://example.org/fabada');
    await lucia.page.getByRole('button', { name: 'Send comment' }).click();
    // Sent: the box is empty again and keeps the focus, ready for the next comment.
    const luciasBox = lucia.page.getByLabel('Write a comment');
    await waitFor(() => luciasBox.evaluate((box) => box === document.activeElement && (box as HTMLTextAreaElement).value === ''), {
      message: 'the empty comment box keeps the focus',
    });
    const luciasComment = janis.page.locator('.comment').filter({ hasText: 'So nice to have you here!' });
    await luciasComment.waitFor();
    // Plain text: the address is not a link, the line break is kept.
    expect(await luciasComment.locator('a').count()).toBe(0);
    expect(await luciasComment.locator('.comment__body').textContent()).toBe('So nice to have you here!\nThe recipe: https://example.org/fabada');
    await janis.page.getByRole('heading', { name: '1 comment' }).waitFor();
    expect(await lucia.page.getByLabel('Write a comment').inputValue()).toBe('');
    // Her own comment: she may delete it and does not report it; Jānis may only report it.
    await lucia.page.getByRole('button', { name: 'Delete the comment by Lucía (ES)' }).waitFor();
    expect(await lucia.page.getByRole('button', { name: 'Report the comment by Lucía (ES)' }).count()).toBe(0);
    expect(await janis.page.getByRole('button', { name: 'Delete the comment by Lucía (ES)' }).count()).toBe(0);

    // Andrei is unkind; Jānis reports it through the dialog.
    await comment(andreiApi, week.id, 'This post is boring.');
    await janis.page.getByText('This post is boring.').waitFor();
    await janis.page.getByRole('button', { name: 'Report the comment by Andrei (RO)' }).click();
    const dialog = janis.page.getByRole('dialog', { name: 'Report this comment' });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Send to the teachers' }).click();
    await dialog.getByText('Say in a few words what is wrong.').waitFor();
    await dialog.getByLabel('What is wrong?').fill('It is not kind to the team.');
    await dialog.getByRole('button', { name: 'Send to the teachers' }).click();
    await janis.page.getByRole('dialog', { name: 'Thank you' }).getByText('The teachers got your report').waitFor();
    await janis.page.screenshot({ path: `${SCREENSHOTS}/blog-report-dialog-laptop.png` });
    await janis.page.getByRole('button', { name: 'Close' }).click();
    await waitFor(async () => !(await janis.page.getByRole('dialog').isVisible()), { message: 'the dialog closed' });

    // A guest reads, sees the counts, cannot react or comment, but can report the post.
    const guest = await newVisitor(env.browser, PHONE);
    await logIn(guest.page, base, 'guest');
    await guest.page.goto(`${base}/blog/${week.id}`);
    await guest.page.getByText('Guests can read the comments but cannot write any.').waitFor();
    expect(await guest.page.getByLabel('Write a comment').count()).toBe(0);
    expect(await guest.page.getByRole('button', { name: /^Love it/ }).count()).toBe(0);
    await guest.page.getByRole('img', { name: 'Love it: 2 people' }).waitFor();
    await guest.page.getByRole('button', { name: 'Report this post' }).click();
    await guest.page.getByLabel('What is wrong?').fill('A surname is in the text.');
    await guest.page.getByRole('button', { name: 'Send to the teachers' }).click();
    await guest.page.getByText('The teachers got your report').waitFor();

    // Screenshots of the reading side, on both screens.
    await comment(giuliaApi, week.id, 'The pictures are beautiful 🌊');
    await lucia.page.getByText('The pictures are beautiful').waitFor();
    expect(await noSideways(lucia.page)).toBe(true);
    await lucia.page.screenshot({ path: `${SCREENSHOTS}/blog-post-phone.png`, fullPage: true });
    await janis.page.screenshot({ path: `${SCREENSHOTS}/blog-post-laptop.png`, fullPage: true });
    await janis.page.getByRole('link', { name: 'Back to the blog' }).click();
    await untilCards(janis.page, ['Preparamos la bienvenida', 'Our week in Gijón', 'Words we learned from each other']);
    await janis.page.getByRole('img', { name: 'Green hills above the sea near Gijón' }).evaluate((image: HTMLImageElement) => image.decode());
    await janis.page.screenshot({ path: `${SCREENSHOTS}/blog-list-laptop.png`, fullPage: true });
    await lucia.page.goto(`${base}/blog`);
    await untilCards(lucia.page, ['Preparamos la bienvenida', 'Our week in Gijón', 'Words we learned from each other']);
    expect(await noSideways(lucia.page)).toBe(true);
    await lucia.page.screenshot({ path: `${SCREENSHOTS}/blog-list-phone.png`, fullPage: true });
    await lucia.page.goto(`${base}/blog/${week.id}`);
    await lucia.page.getByText('This post is boring.').waitFor();

    // Pupils have no moderation page.
    expect(await janis.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Moderation' }).count()).toBe(0);

    // Carmen, a teacher of another school, handles the reports.
    const carmen = await newVisitor(env.browser, LAPTOP);
    await logIn(carmen.page, base, 'carmen');
    await carmen.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Moderation' }).click();
    // The page opens on the posts waiting for review; the reports are the next tab.
    await carmen.page.getByRole('tab', { name: 'Waiting for review' }).waitFor();
    await carmen.page.getByRole('tab', { name: 'Reports 2 open' }).click();
    const commentReport = carmen.page.getByRole('article').filter({ hasText: 'A comment on “Our week in Gijón”' });
    await commentReport.getByText('It is not kind to the team.').waitFor();
    await commentReport.getByText('This post is boring.').waitFor();
    await commentReport.getByText('Jānis (LV) on', { exact: false }).waitFor();
    await carmen.page.screenshot({ path: `${SCREENSHOTS}/blog-moderation-laptop.png`, fullPage: true });
    const phoneTeacher = await newVisitor(env.browser, PHONE);
    await logIn(phoneTeacher.page, base, 'marco');
    await phoneTeacher.page.goto(`${base}/moderation`);
    await phoneTeacher.page.getByRole('tab', { name: 'Reports 2 open' }).click();
    await phoneTeacher.page.getByText('It is not kind to the team.').waitFor();
    expect(await noSideways(phoneTeacher.page)).toBe(true);
    await phoneTeacher.page.screenshot({ path: `${SCREENSHOTS}/blog-moderation-phone.png`, fullPage: true });

    // Hiding the comment: gone at once for the pupils reading the post.
    await commentReport.getByRole('button', { name: 'Hide comment' }).click();
    await carmen.page.getByText('The comment on “Our week in Gijón” is hidden.', { exact: false }).waitFor();
    // The focus moves on to the next open report (the hidden comment's buttons are gone).
    await waitFor(() => carmen.page.evaluate(() => document.activeElement?.textContent?.includes('The post “Our week in Gijón”') ?? false), {
      message: 'the next report has the focus',
    });
    await waitFor(async () => (await lucia.page.getByText('This post is boring.').count()) === 0, { message: 'the hidden comment gone for Lucía' });
    await carmen.page.getByRole('tab', { name: 'Reports 1 open' }).waitFor();

    // Teachers still see it on the post, marked, and may show it again.
    await carmen.page.goto(`${base}/blog/${week.id}`);
    const hidden = carmen.page.locator('.comment').filter({ hasText: 'This post is boring.' });
    await hidden.getByText('Hidden', { exact: true }).waitFor();
    await hidden.getByRole('button', { name: 'Show the comment by Andrei (RO) again' }).waitFor();
    await carmen.page.screenshot({ path: `${SCREENSHOTS}/blog-post-teacher-laptop.png`, fullPage: true });

    // Unpublishing from the guest's report, with a confirmation: the readers see it go.
    // Lucía is in the middle of a comment when the post goes.
    await lucia.page.goto(`${base}/blog/${week.id}`);
    await lucia.page.getByLabel('Write a comment').fill('I wanted to say the photos');
    await carmen.page.goto(`${base}/moderation`);
    await carmen.page.getByRole('tab', { name: 'Reports 1 open' }).click();
    const postReport = carmen.page.getByRole('article').filter({ hasText: 'The post “Our week in Gijón”' });
    await postReport.getByRole('button', { name: 'Unpublish post' }).click();
    await postReport.getByText('Take “Our week in Gijón” off the blog?', { exact: false }).waitFor();
    await postReport.getByRole('button', { name: 'Yes, unpublish it' }).click();
    await carmen.page.getByText('“Our week in Gijón” is off the blog.', { exact: false }).waitFor();
    await carmen.page.getByText('Nothing to look at: there are no open reports.').waitFor();
    await lucia.page.getByText('This post is not published (any more).', { exact: false }).waitFor();
    // What she typed is still there to copy.
    expect(await lucia.page.getByLabel('Your comment (not sent)').inputValue()).toBe('I wanted to say the photos');

    // The audit log says who did what, in words.
    await carmen.page.getByRole('tab', { name: 'Audit log' }).click();
    await carmen.page.getByText('Carmen (ES) hid a comment by Andrei (RO)').waitFor();
    await carmen.page.getByText('Carmen (ES) unpublished “Our week in Gijón”').waitFor();
    await carmen.page.getByText('Carmen (ES) published “Words we learned from each other”').waitFor();
    await carmen.page.screenshot({ path: `${SCREENSHOTS}/blog-audit-laptop.png`, fullPage: true });

    await janis.page.goto(`${base}/blog`);
    await untilCards(janis.page, ['Preparamos la bienvenida', 'Words we learned from each other']);

    for (const visitor of [janis, lucia, guest, carmen, phoneTeacher]) expect(visitor.pageErrors).toEqual([]);
  });
});
