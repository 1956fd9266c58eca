import type { Page } from 'playwright-core';
import { editorOf } from './browser';

/** Types each string into the open document, one paragraph each, as a pupil would, once it is connected and synced. */
export async function typeInEditor(page: Page, strings: readonly string[]): Promise<void> {
  await page.locator('.save-indicator', { hasText: 'All changes saved' }).waitFor();
  await editorOf(page).click();
  for (const value of strings) {
    await page.keyboard.insertText(value);
    await page.keyboard.press('Enter');
  }
}

/**
 * Pastes each string into the open document: as the clipboard's HTML (and plain text), as copied
 * from a web page, or as plain text only, as copied from a text editor.
 */
export async function pasteInEditor(page: Page, strings: readonly string[], as: 'html' | 'text' = 'html'): Promise<void> {
  for (const value of strings) {
    await page.evaluate(([pasted, html]) => {
      const data = new DataTransfer();
      if (html) data.setData('text/html', pasted);
      data.setData('text/plain', pasted);
      document
        .querySelector('.editor-surface__content')!
        .dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    }, [value, as === 'html'] as const);
  }
}
