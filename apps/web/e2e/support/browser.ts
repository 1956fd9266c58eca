import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

/** Debian's chromium, headless, with nothing reaching out to the network on its own. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.KOPA_CHROMIUM ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

export type Viewport = { width: number; height: number };
export const LAPTOP: Viewport = { width: 1280, height: 800 };
export const PHONE: Viewport = { width: 360, height: 740 };

/** A fresh browser profile (own cookies and storage), in English unless told otherwise. */
export async function newVisitor(
  browser: Browser,
  viewport: Viewport = LAPTOP,
  locale = 'en-GB',
): Promise<{ context: BrowserContext; page: Page; pageErrors: string[] }> {
  const context = await browser.newContext({ viewport, locale });
  const page = await context.newPage();
  // Uncaught errors in the page fail the test that checks this list.
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  return { context, page, pageErrors };
}

/** Logs in through the login form, as a pupil would, and waits for the home page. */
export async function logIn(page: Page, baseUrl: string, username: string, password = 'kopa-demo'): Promise<void> {
  await page.goto(`${baseUrl}/login`);
  await page.getByLabel('Username or e-mail').fill(username);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Log in' }).click();
  await page.getByRole('heading', { name: 'Your spaces' }).waitFor();
}

/** Opens a document from the home page and waits until its content has arrived. */
export async function openDocument(page: Page, title: string, expectedText: string): Promise<void> {
  await page.getByRole('link', { name: `Open ${title}` }).click();
  await editorOf(page).filter({ hasText: expectedText }).waitFor();
}

export function editorOf(page: Page) {
  return page.locator('.editor-surface__content');
}

/** Puts the caret at the very end of the document. */
export async function caretToEnd(page: Page): Promise<void> {
  await editorOf(page).click();
  await page.keyboard.press('Control+End');
}
