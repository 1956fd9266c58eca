import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/**
 * Watches a page for any sign that a script ran: a dialog (every payload of the XSS set calls
 * alert, confirm or print), something logged by a script, an uncaught error, or the marker
 * globals the payloads set (`window.__kopaXss`, `window.__xss`).
 */
export function watchForScripts(page: Page) {
  const dialogs: string[] = [];
  const consoleMessages: string[] = [];
  const errors: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('console', (message) => consoleMessages.push(`${message.type()}: ${message.text()}`));
  page.on('pageerror', (error) => errors.push(error.message));

  return {
    /**
     * Opens a page and gives whatever it carries every chance to run: lazy pictures are
     * scrolled to (an onerror), the pointer moves over it (an onmouseover); then no marker is set.
     */
    async visit(url: string): Promise<void> {
      await page.goto(url, { waitUntil: 'load' });
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      await page.mouse.move(200, 200);
      await page.mouse.move(600, 400);
      if (!url.startsWith('file:')) await page.waitForLoadState('networkidle');
      const marker = await page.evaluate(() => {
        const global = window as unknown as Record<string, unknown>;
        return global.__kopaXss ?? global.__xss ?? null;
      });
      expect(marker, url).toBeNull();
    },
    /** Nothing ran on any page visited. */
    expectNothingRan(): void {
      expect(dialogs).toEqual([]);
      expect(errors).toEqual([]);
      // Only the browser's own reports (a CSP refusal, a blocked picture from elsewhere) are allowed: a script would log or alert.
      expect(consoleMessages.filter((message) => !message.startsWith('error: ') && !message.startsWith('warning: '))).toEqual([]);
    },
  };
}
