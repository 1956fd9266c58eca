import { waitFor } from '@kopa/testkit';
import type { Page } from 'playwright-core';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { caretToEnd, editorOf, logIn, newVisitor, openDocument, PHONE } from './support/browser';
import { SCREENSHOTS, useKopaAndChromium } from './support/kopa-under-test';

/** A small drawing as PNG bytes: a sky, a field and a house, in the given sky colour. */
function drawing(sky: string): Promise<Buffer> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="900" height="600">
    <rect width="900" height="600" fill="${sky}"/><rect y="420" width="900" height="180" fill="#4c9a5a"/>
    <rect x="200" y="250" width="260" height="190" fill="#c4553d"/><polygon points="180,260 330,150 480,260" fill="#6b2f22"/></svg>`;
  return sharp(Buffer.from(svg)).png().toBuffer();
}

const DESCRIPTION = 'Describe the picture for someone who cannot see it';
const pictures = (page: Page) => editorOf(page).locator('figure.image-block img');

/** Hands files to the editor as the browser does for a paste or a drop (a DataTransfer holding them). */
async function sendFiles(page: Page, how: 'paste' | 'drop', png: Buffer, name: string): Promise<void> {
  await editorOf(page).evaluate(
    (editor, { how, bytes, name }) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([new Uint8Array(bytes)], name, { type: 'image/png' }));
      if (how === 'paste') {
        editor.dispatchEvent(new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }));
      } else {
        // Onto the end of the last line of text.
        const box = Array.from(editor.querySelectorAll('p')).at(-1)!.getBoundingClientRect();
        const at = { clientX: box.right - 2, clientY: box.top + box.height / 2 };
        editor.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true, ...at }));
      }
    },
    { how, bytes: [...png], name },
  );
}

describe('pictures in a document', () => {
  const env = useKopaAndChromium();

  it('Jānis adds a picture and describes it, Lucía sees both; pasted and dropped pictures arrive too; one is removed', async () => {
    const janis = await newVisitor(env.browser);
    const lucia = await newVisitor(env.browser, PHONE);
    await Promise.all([logIn(janis.page, env.kopa.url, 'janis'), logIn(lucia.page, env.kopa.url, 'lucia')]);
    await Promise.all([
      openDocument(janis.page, 'Our first words', 'Hello from Daugavpils'),
      openDocument(lucia.page, 'Our first words', 'Hello from Daugavpils'),
    ]);

    // Jānis picks a file with the toolbar's picture button.
    await caretToEnd(janis.page);
    const chooser = janis.page.waitForEvent('filechooser');
    await janis.page.getByRole('button', { name: 'Add a picture' }).click();
    await (await chooser).setFiles({ name: 'riga.png', mimeType: 'image/png', buffer: await drawing('#7ec8f2') });

    // It appears for Lucía at once, marked as needing a description, loaded from the server.
    await pictures(lucia.page).first().waitFor();
    await lucia.page.getByText('Needs a description').waitFor();
    const loaded = await waitFor(
      () => pictures(lucia.page).first().evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0),
      { message: 'the picture loaded for Lucía' },
    );
    expect(loaded).toBe(true);
    const srcset = await pictures(lucia.page).first().getAttribute('srcset');
    expect(srcset).toMatch(/^\/files\/[^/]+\/320\.webp 320w, \/files\/[^/]+\/640\.webp 640w, \/files\/[^/]+\/900\.webp 900w$/);
    expect(await pictures(lucia.page).first().getAttribute('loading')).toBe('lazy');

    // Jānis's description field already has the focus: he types, Lucía's copy gets the words as alt text.
    await janis.page.getByLabel(DESCRIPTION).waitFor();
    expect(await janis.page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.labels?.[0]?.textContent)).toBe(DESCRIPTION);
    await janis.page.screenshot({ path: `${SCREENSHOTS}/images-e2e-describing.png` });
    await janis.page.keyboard.type('Our class in front of the Riga Cathedral');
    await lucia.page.getByRole('img', { name: 'Our class in front of the Riga Cathedral' }).waitFor();
    await waitFor(async () => (await lucia.page.getByText('Needs a description').count()) === 0, { message: 'the marker gone for Lucía' });

    // Backspace in the field edits the words, not the document; Enter goes back to writing, after the picture.
    await janis.page.keyboard.press('Backspace');
    await lucia.page.getByRole('img', { name: 'Our class in front of the Riga Cathedra', exact: true }).waitFor();
    await janis.page.keyboard.type('l');
    await janis.page.keyboard.press('Enter');
    await janis.page.keyboard.type('That was our first morning.');
    await editorOf(lucia.page).getByText('That was our first morning.').waitFor();
    const order = await editorOf(lucia.page).evaluate((editor) =>
      Array.from(editor.children).map((block) => (block.querySelector('img') ? `img:${block.querySelector('img')!.alt}` : block.textContent)),
    );
    expect(order.slice(-2)).toEqual(['img:Our class in front of the Riga Cathedral', 'That was our first morning.']);

    // Lucía pastes a picture on her phone (caret after Jānis's words); her description field takes the focus too.
    await editorOf(lucia.page).getByText('That was our first morning.').click();
    await lucia.page.keyboard.press('End');
    await sendFiles(lucia.page, 'paste', await drawing('#f2b33d'), 'gijon.png');
    await waitFor(async () => (await pictures(lucia.page).count()) === 2, { message: 'Lucía’s pasted picture' });
    await waitFor(() => lucia.page.evaluate((label) => (document.activeElement as HTMLInputElement | null)?.labels?.[0]?.textContent === label, DESCRIPTION), {
      message: 'the focus in Lucía’s description field',
    });
    await lucia.page.keyboard.type('The beach in Gijón at sunset');
    await janis.page.getByRole('img', { name: 'The beach in Gijón at sunset' }).waitFor();

    // Jānis drops one on his editor; Lucía removes it (no description yet): select it, press Delete.
    await sendFiles(janis.page, 'drop', await drawing('#b9b09e'), 'rain.png');
    await waitFor(async () => (await pictures(lucia.page).count()) === 3, { message: 'three pictures for Lucía' });
    await lucia.page.screenshot({ path: `${SCREENSHOTS}/images-e2e-phone.png`, fullPage: true });
    await lucia.page.getByRole('button', { name: 'Picture without a description' }).click();
    await lucia.page.keyboard.press('Delete');
    await waitFor(async () => (await pictures(janis.page).count()) === 2, { message: 'two pictures left for Jānis' });
    expect(await pictures(janis.page).evaluateAll((images: HTMLImageElement[]) => images.map((img) => img.alt))).toEqual([
      'Our class in front of the Riga Cathedral',
      'The beach in Gijón at sunset',
    ]);

    // With the keyboard alone: Tab from the text reaches the picture, Enter opens its description, Escape goes back.
    const blocks = () => editorOf(janis.page).evaluate((editor) => editor.children.length);
    const blocksBefore = await blocks();
    await editorOf(janis.page).getByText('Hello from Daugavpils').click();
    await janis.page.keyboard.press('Tab');
    const focusedLabel = () => janis.page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
    expect(await focusedLabel()).toBe('Picture: Our class in front of the Riga Cathedral');
    await janis.page.keyboard.press('Enter');
    await waitFor(async () => (await janis.page.getByLabel(DESCRIPTION).evaluate((input) => input === document.activeElement)), {
      message: 'the focus in the description field',
    });
    expect(await janis.page.getByLabel(DESCRIPTION).inputValue()).toBe('Our class in front of the Riga Cathedral');
    await janis.page.keyboard.press('Escape');
    await waitFor(() => janis.page.evaluate(() => document.activeElement?.classList.contains('editor-surface__content')), {
      message: 'the focus back in the text',
    });
    expect(await janis.page.getByLabel(DESCRIPTION).count()).toBe(0);
    // None of those keys wrote anything into the document.
    expect(await blocks()).toBe(blocksBefore);

    // Something that is not a picture is refused with words a pupil understands.
    const notPicture = janis.page.waitForEvent('filechooser');
    await janis.page.getByRole('button', { name: 'Add a picture' }).click();
    await (await notPicture).setFiles({ name: 'homework.png', mimeType: 'image/png', buffer: Buffer.from('just some words') });
    await janis.page.getByRole('alert').getByText('“homework.png” is not a picture Kopa can use. Choose a JPG, PNG, WebP or GIF.').waitFor();

    // A guest reads the pictures with their descriptions, and nothing to change them with.
    const guest = await newVisitor(env.browser, PHONE);
    await logIn(guest.page, env.kopa.url, 'guest');
    await openDocument(guest.page, 'Our first words', 'That was our first morning.');
    const beach = guest.page.getByRole('img', { name: 'The beach in Gijón at sunset' });
    await waitFor(() => beach.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0), { message: 'the picture loaded for the guest' });
    expect(await editorOf(guest.page).getByRole('button').count()).toBe(0);

    expect([...janis.pageErrors, ...lucia.pageErrors, ...guest.pageErrors]).toEqual([]);
    await Promise.all([janis.context.close(), lucia.context.close(), guest.context.close()]);
  });
});
