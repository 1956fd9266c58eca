import { waitFor } from '@kopa/testkit';
import type { Page } from 'playwright-core';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { caretToEnd, editorOf, LAPTOP, logIn, newVisitor, PHONE } from './support/browser';
import { SCREENSHOTS, useKopaAndChromium } from './support/kopa-under-test';
import { newPost, statusChip, untilSaved } from './support/post-page';

/** A photo-like JPEG (sky, sun, sand) to upload as a cover or a picture in the text. */
function beachPhoto(width = 1200, height = 700): Promise<Buffer> {
  const drawing = `<svg width="${width}" height="${height}"><rect width="100%" height="65%" fill="#2f7bd3"/><circle cx="${width * 0.75}" cy="${height * 0.3}" r="${height * 0.15}" fill="#f2b33d"/><rect y="65%" width="100%" height="35%" fill="#e8d4a0"/></svg>`;
  return sharp(Buffer.from(drawing)).jpeg().toBuffer();
}

async function shoot(page: Page, name: string): Promise<void> {
  // From the top: the editor's toolbar sticks to where the page was scrolled.
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: `${SCREENSHOTS}/${name}.png`, fullPage: true });
}

/** The same screen at phone size, then back to the laptop. */
async function shootBoth(page: Page, name: string): Promise<void> {
  await shoot(page, `${name}-1280`);
  await page.setViewportSize(PHONE);
  await shoot(page, `${name}-360`);
  await page.setViewportSize(LAPTOP);
}

describe('writing a blog post together, and its review', () => {
  const env = useKopaAndChromium();

  it('Jānis and Lucía write one post; who wrote what shows in colour and in the credits; a named version is compared and restored', async () => {
    const janis = await newVisitor(env.browser, LAPTOP);
    const lucia = await newVisitor(env.browser, PHONE);
    await Promise.all([logIn(janis.page, env.kopa.url, 'janis'), logIn(lucia.page, env.kopa.url, 'lucia')]);
    const url = await newPost(janis.page, 'Our week by the sea');

    // The space lists it as a blog post that opens on the post page.
    await janis.page.getByRole('link', { name: 'Back to Welcome' }).click();
    const listed = janis.page.getByRole('link', { name: /^Open Our week by the sea .*Blog post.*Draft/ });
    await listed.getByText('Blog post').waitFor();
    await listed.getByText('Draft').waitFor();
    await listed.click();
    await janis.page.getByRole('heading', { level: 1, name: 'Our week by the sea' }).waitFor();

    await lucia.page.goto(url);
    await lucia.page.getByRole('heading', { level: 1, name: 'Our week by the sea' }).waitFor();
    await lucia.page.locator('.save-indicator', { hasText: 'All changes saved' }).waitFor();

    await caretToEnd(janis.page);
    await janis.page.keyboard.type('We flew from Riga to Madrid and took the train north to Gijón.');
    await editorOf(lucia.page).filter({ hasText: 'train north' }).waitFor();
    await caretToEnd(lucia.page);
    await lucia.page.keyboard.press('Enter');
    await lucia.page.keyboard.type('¡Hola! The sea was cold.');
    await editorOf(janis.page).filter({ hasText: 'The sea was cold' }).waitFor();

    // Credits follow the text: most text first, with their countries.
    await janis.page.getByText('Written by Jānis (Latvia) and Lucía (Spain)').waitFor();

    // Who wrote what: each writer's words on their colour, named on hover and for screen readers.
    await janis.page.getByRole('button', { name: 'Show who wrote what' }).click();
    const legend = janis.page.getByRole('list', { name: 'Writers' });
    await legend.getByText('Jānis (LV)').waitFor();
    await legend.getByText('Lucía (ES)').waitFor();
    await legend.getByText('Daugavpils', { exact: false }).first().waitFor();
    const luciasRun = janis.page.locator('.authorship-view__run[title="Lucía (ES)"]');
    expect(await luciasRun.textContent()).toBe('Lucía (ES):¡Hola! The sea was cold.');
    expect(await janis.page.locator('.authorship-view__run[title="Jānis (LV)"]').first().textContent()).toContain('We flew from Riga');
    expect(await editorOf(janis.page).isVisible()).toBe(false);
    // Live: Lucía's next words arrive in the coloured view while it is open.
    await lucia.page.keyboard.type(' We swam anyway.');
    await janis.page.locator('.authorship-view__run[title="Lucía (ES)"]', { hasText: 'We swam anyway.' }).waitFor();
    await shoot(janis.page, 'post-authorship-1280');
    await lucia.page.getByRole('button', { name: 'Show who wrote what' }).click();
    await lucia.page.getByRole('list', { name: 'Writers' }).getByText('Jānis (LV)').waitFor();
    await shoot(lucia.page, 'post-authorship-360');
    await lucia.page.getByRole('button', { name: 'Show who wrote what' }).click();
    await janis.page.getByRole('button', { name: 'Show who wrote what' }).click();
    await editorOf(janis.page).waitFor();

    // History: name the text as it is, write more, see what changed.
    await janis.page.getByRole('button', { name: 'History' }).click();
    await janis.page.getByLabel('Name this version (the text as it is now)').fill('First draft');
    await janis.page.getByRole('button', { name: 'Save this version' }).click();
    await janis.page.getByText('Saved as “First draft”.').waitFor();
    await caretToEnd(janis.page);
    await janis.page.keyboard.type(' Then we ate paella.');
    await editorOf(lucia.page).filter({ hasText: 'we ate paella' }).waitFor();

    const firstDraft = janis.page.getByRole('group', { name: 'What to do with First draft' });
    await firstDraft.getByRole('button', { name: 'What changed' }).click();
    await janis.page.getByRole('heading', { name: 'What changed since “First draft”' }).waitFor();
    const added = janis.page.locator('ins.diff-view__insert', { hasText: 'paella' });
    await added.waitFor();
    // Said in words, not only in colour.
    expect(await added.textContent()).toMatch(/^Added: .*paella.* \(end of added text\)$/);
    await janis.page.getByText('4 words added, 0 words removed.').waitFor();
    await shootBoth(janis.page, 'post-history');

    // The version itself, read-only, looks like the editor's content.
    await firstDraft.getByRole('button', { name: 'Open' }).click();
    const readOnly = janis.page.locator('.version-viewer .read-only-content');
    await readOnly.filter({ hasText: 'The sea was cold. We swam anyway.' }).waitFor();
    expect(await readOnly.textContent()).not.toContain('paella');
    expect(await readOnly.getAttribute('contenteditable')).toBe('false');

    // Restoring says what happens first, then everyone sees the old text; what was there is kept.
    await janis.page.getByRole('button', { name: 'Restore this version' }).click();
    const confirm = janis.page.getByRole('group', { name: 'Restore this version' });
    await confirm.getByText('Bring back “First draft”?').waitFor();
    await confirm.getByText('Nothing is lost', { exact: false }).waitFor();
    await confirm.getByRole('button', { name: 'Yes, restore it' }).click();
    await janis.page.getByText('“First draft” is back.', { exact: false }).waitFor();
    for (const { page } of [janis, lucia]) {
      await page.waitForFunction(() => !document.querySelector('.editor-surface__content')?.textContent?.includes('paella'));
      expect(await editorOf(page).textContent()).toContain('We swam anyway.');
    }
    const kept = janis.page.getByRole('group', { name: 'What to do with Before bringing back an earlier version' });
    await kept.waitFor();
    const versionList = janis.page.getByRole('list', { name: 'Versions, newest first' });
    await versionList.getByText('Restored', { exact: true }).waitFor();
    await versionList.getByText('Brought back: First draft', { exact: true }).waitFor();
    await kept.getByRole('button', { name: 'Open' }).click();
    await janis.page.locator('.version-viewer .read-only-content', { hasText: 'paella' }).waitFor();

    expect([...janis.pageErrors, ...lucia.pageErrors]).toEqual([]);
    await Promise.all([janis.context.close(), lucia.context.close()]);
  });

  it('pictures need descriptions before review; Carmen asks for changes, approves, publishes and unpublishes, and Jānis sees each step live', async () => {
    const janis = await newVisitor(env.browser, LAPTOP);
    const carmen = await newVisitor(env.browser, LAPTOP);
    await Promise.all([logIn(janis.page, env.kopa.url, 'janis'), logIn(carmen.page, env.kopa.url, 'carmen')]);
    const url = await newPost(janis.page, 'The market in Gijón');
    const photo = await beachPhoto();

    await caretToEnd(janis.page);
    await janis.page.keyboard.type('On Saturday we went to the market and bought cheese.');
    // Two pictures in the text, and a cover, none described yet.
    const chooser = janis.page.waitForEvent('filechooser');
    await janis.page.getByRole('button', { name: 'Add a picture' }).click();
    await (await chooser).setFiles([
      { name: 'market.jpg', mimeType: 'image/jpeg', buffer: photo },
      { name: 'cheese.jpg', mimeType: 'image/jpeg', buffer: await beachPhoto(900, 900) },
    ]);
    await waitFor(async () => (await editorOf(janis.page).getByText('Needs a description').count()) === 2, { message: 'two pictures in the text' });
    await janis.page.locator('.cover-field input[type=file]').setInputFiles({ name: 'beach.jpg', mimeType: 'image/jpeg', buffer: photo });
    const coverAlt = janis.page.getByLabel('Describe the cover picture');
    await coverAlt.waitFor();
    await janis.page.locator('.cover-field img').waitFor();
    // The new cover's description is what comes next: its field has the focus.
    await waitFor(() => coverAlt.evaluate((input) => input === document.activeElement), { message: 'the cover description field has the focus' });

    // Metadata saves as it changes.
    await janis.page.getByRole('button', { name: 'cultural heritage' }).click();
    await untilSaved(janis.page);
    expect(await janis.page.getByRole('button', { name: 'cultural heritage' }).getAttribute('aria-pressed')).toBe('true');
    const when = janis.page.getByLabel('When', { exact: true });
    expect(await when.isDisabled()).toBe(true);
    await janis.page.getByLabel('Visit', { exact: true }).selectOption({ label: 'Visit to Gijón' });
    await untilSaved(janis.page);
    await when.selectOption('during');
    await untilSaved(janis.page);

    await janis.page.getByRole('button', { name: 'Submit for review' }).click();
    await janis.page.getByRole('button', { name: 'Send for review' }).click();
    const refusal = janis.page.getByRole('alert').filter({ hasText: 'need a description' });
    await refusal.waitFor();
    expect(await refusal.textContent()).toContain('2 pictures need a description. The cover picture needs a description.');
    await statusChip(janis.page, 'Draft').waitFor();
    // The focus goes to the refusal; "Show me" selects the first picture without a description and focuses its field.
    expect(await janis.page.evaluate(() => document.activeElement?.classList.contains('workflow-bar__error'))).toBe(true);
    await refusal.getByRole('button', { name: 'Show me' }).click();
    const pictureField = janis.page.getByLabel('Describe the picture for someone who cannot see it');
    await waitFor(() => pictureField.evaluate((input) => input === document.activeElement), { message: 'the picture description field has the focus' });
    await pictureField.fill('Stalls full of fruit at the market');
    await janis.page.keyboard.press('Enter');
    await waitFor(async () => (await editorOf(janis.page).getByText('Needs a description').count()) === 1, { message: 'one picture described' });

    // Describe the other picture and the cover.
    for (const description of ['A round cheese from Asturias']) {
      await editorOf(janis.page).getByRole('button', { name: 'Picture without a description' }).first().click();
      await janis.page.getByLabel('Describe the picture for someone who cannot see it').fill(description);
      await janis.page.keyboard.press('Enter');
    }
    await waitFor(async () => (await editorOf(janis.page).getByText('Needs a description').count()) === 0, { message: 'pictures described' });
    // With the pictures described, "Show me" goes to the cover's description.
    await refusal.getByRole('button', { name: 'Show me' }).click();
    await waitFor(() => coverAlt.evaluate((input) => input === document.activeElement), { message: 'the cover description field has the focus' });
    await coverAlt.fill('The beach of San Lorenzo on a sunny day');
    await coverAlt.blur();
    await untilSaved(janis.page);
    await janis.page.getByRole('button', { name: 'Cancel' }).click();
    expect(await refusal.count()).toBe(0);
    await shootBoth(janis.page, 'post-draft-pupil');

    await janis.page.getByRole('button', { name: 'Submit for review' }).click();
    await janis.page.getByLabel('Message for the teachers (if you like)').fill('Is the second paragraph clear?');
    await janis.page.getByRole('button', { name: 'Send for review' }).click();
    await janis.page.getByText('Sent for review.').waitFor();
    await statusChip(janis.page, 'Submitted for review').waitFor();

    // Carmen, a teacher from another school, reviews.
    await carmen.page.goto(url);
    await statusChip(carmen.page, 'Submitted for review').waitFor();
    await carmen.page.getByText('Jānis (LV) sent it for review').waitFor();
    // Jānis's question shows in the review bar, next to the buttons.
    await carmen.page.locator('.workflow-bar__note', { hasText: 'Is the second paragraph clear?' }).waitFor();
    await shootBoth(carmen.page, 'post-review-teacher');
    // Pupils see no teachers' buttons.
    expect(await janis.page.getByRole('button', { name: 'Publish' }).count()).toBe(0);
    expect(await janis.page.getByRole('button', { name: 'Approve' }).count()).toBe(0);

    await carmen.page.getByRole('button', { name: 'Request changes' }).click();
    await carmen.page.getByRole('button', { name: 'Send the request' }).click();
    await carmen.page.getByText('Write a few words first.').waitFor();
    await carmen.page.getByLabel('What should the team change?').fill('Please add where the market is.');
    await carmen.page.getByRole('button', { name: 'Send the request' }).click();
    // Jānis sees it at once, with the note where he looks next.
    await statusChip(janis.page, 'Changes requested').waitFor();
    await janis.page.locator('.workflow-bar__note', { hasText: 'Please add where the market is.' }).waitFor();
    // His "Sent for review." is old news now.
    expect(await janis.page.getByText('Sent for review.').count()).toBe(0);

    await caretToEnd(janis.page);
    await janis.page.keyboard.type(' It is next to the old town hall.');
    await janis.page.getByRole('button', { name: 'Submit for review' }).click();
    await janis.page.getByRole('button', { name: 'Send for review' }).click();
    await statusChip(carmen.page, 'Submitted for review').waitFor();
    await carmen.page.getByRole('button', { name: 'Approve' }).click();
    await statusChip(janis.page, 'Approved').waitFor();
    await carmen.page.getByRole('button', { name: 'Publish' }).click();
    await statusChip(janis.page, 'Published').waitFor();
    const published = janis.page.getByRole('link', { name: 'Read the published post' });
    expect(await published.getAttribute('href')).toBe(`/blog/${url.split('/').at(-1)}`);

    // Unpublishing asks for a reason, and explains what it does.
    await carmen.page.getByRole('button', { name: 'Unpublish' }).click();
    await carmen.page.getByText('The post leaves the blog at once', { exact: false }).waitFor();
    await carmen.page.getByLabel('Why is it taken off the blog?').fill('A family asked us to change a photo.');
    await carmen.page.getByRole('button', { name: 'Unpublish the post' }).click();
    await statusChip(janis.page, 'Draft').waitFor();
    await janis.page.getByText('Carmen (ES) took it off the blog').waitFor();
    await janis.page.getByText('A family asked us to change a photo.').waitFor();
    expect(await published.count()).toBe(0);

    expect([...janis.pageErrors, ...carmen.pageErrors]).toEqual([]);
    await Promise.all([janis.context.close(), carmen.context.close()]);
  });

  it('documents keep a history too', async () => {
    const janis = await newVisitor(env.browser, LAPTOP);
    await logIn(janis.page, env.kopa.url, 'janis');
    await janis.page.getByRole('link', { name: 'Open Our first words' }).click();
    await editorOf(janis.page).filter({ hasText: 'Hello from Daugavpils' }).waitFor();
    await janis.page.getByRole('button', { name: 'History' }).click();
    await janis.page.getByLabel('Name this version (the text as it is now)').fill('Before the trip');
    await janis.page.getByRole('button', { name: 'Save this version' }).click();
    const version = janis.page.getByRole('group', { name: 'What to do with Before the trip' });
    await version.getByRole('button', { name: 'Open' }).click();
    await janis.page.locator('.version-viewer .read-only-content', { hasText: 'Hello from Daugavpils' }).waitFor();
    await version.getByRole('button', { name: 'Rename' }).click();
    await janis.page.getByLabel('Name of this version').fill('Our first draft');
    await janis.page.getByRole('button', { name: 'Save the name' }).click();
    await janis.page.getByRole('group', { name: 'What to do with Our first draft' }).waitFor();
    expect(janis.pageErrors).toEqual([]);
    await janis.context.close();
  });
});
