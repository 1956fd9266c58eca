import { waitFor } from '@kopa/testkit';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { caretToEnd, editorOf, LAPTOP, logIn, newVisitor, PHONE } from './support/browser';
import { SCREENSHOTS, useKopaAndChromium } from './support/kopa-under-test';

/** The one save indicator every item page shows (a polite live region). */
const indicator = (page: Page, text: string) => page.getByRole('status').filter({ hasText: text }).and(page.locator('.save-indicator'));

const SAVED = 'All changes saved';
const OFFLINE = 'Offline — you can keep working';
const OFFLINE_KEPT = 'Offline — your work is saved on this device';

/** Who is signed in on this page, and the item open in it (read while online). */
async function whoAndWhat(page: Page): Promise<{ userId: string; itemId: string; docId: string }> {
  return page.evaluate(async () => {
    const me = (await (await fetch('/api/me')).json()) as { id: string };
    const itemId = location.pathname.split('/').pop()!;
    const item = (await (await fetch(`/api/items/${itemId}`)).json()) as { docId: string };
    return { userId: me.id, itemId, docId: item.docId };
  });
}

/** The names of the IndexedDB databases of this browser profile. */
const databases = (page: Page) => page.evaluate(async () => (await indexedDB.databases()).map((database) => database.name ?? ''));

/**
 * The text held by one copy kept on the device (its IndexedDB database, read without
 * creating it): the stored updates, merged in a Y.Doc here, as UTF-8 ('' when there is none).
 */
async function textOnDevice(page: Page, name: string): Promise<string> {
  const updates = await page.evaluate(
    (database) =>
      new Promise<number[][]>((resolve, reject) => {
        const request = indexedDB.open(database);
        // It does not exist: look, do not create it.
        request.onupgradeneeded = () => request.transaction?.abort();
        request.onerror = () => resolve([]);
        request.onsuccess = () => {
          const db = request.result;
          if (!db.objectStoreNames.contains('updates')) {
            db.close();
            return resolve([]);
          }
          const all = db.transaction('updates', 'readonly').objectStore('updates').getAll();
          all.onsuccess = () => {
            db.close();
            resolve((all.result as Uint8Array[]).map((update) => [...update]));
          };
          all.onerror = () => {
            db.close();
            reject(all.error);
          };
        };
      }),
    name,
  );
  const doc = new Y.Doc();
  for (const update of updates) Y.applyUpdate(doc, Uint8Array.from(update));
  // Typed runs merge into one string each: they read as UTF-8 in the encoded state.
  return new TextDecoder().decode(Y.encodeStateAsUpdate(doc));
}

/** This person's index of copies kept on the device, as the page stores it. */
const copiesIndex = (page: Page, userId: string) =>
  page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? '[]') as { docId: string; unsaved: boolean; title: string }[], `kopa:copies:${userId}`);

describe('writing with a connection that comes and goes', () => {
  const env = useKopaAndChromium();

  it('Jānis writes offline while Lucía writes online; back online, both lines are everywhere and on the server’s disk', async () => {
    const janis = await newVisitor(env.browser, LAPTOP);
    const lucia = await newVisitor(env.browser, LAPTOP);
    await Promise.all([logIn(janis.page, env.kopa.url, 'janis'), logIn(lucia.page, env.kopa.url, 'lucia')]);
    for (const { page } of [janis, lucia]) {
      await page.getByRole('link', { name: 'Open Our first words' }).click();
      await editorOf(page).filter({ hasText: 'Hello from Daugavpils' }).waitFor();
      await indicator(page, SAVED).waitFor();
    }
    const { userId, docId } = await whoAndWhat(janis.page);
    // His copy is kept on this device, in a database of his own for this document.
    expect(await databases(janis.page)).toContain(`kopa:${userId}:${docId}`);

    // The Wi-Fi drops: the page says so at once (its socket is let go, not left to time out).
    await janis.context.setOffline(true);
    await indicator(janis.page, OFFLINE).waitFor({ timeout: 5_000 });
    await caretToEnd(janis.page);
    await janis.page.keyboard.press('Enter');
    await janis.page.keyboard.type('Written on the coach to Gijón.');
    await indicator(janis.page, OFFLINE_KEPT).waitFor();
    // What he writes offline is kept on the device at once.
    await waitFor(async () => (await textOnDevice(janis.page, `kopa:${userId}:${docId}`)).includes('Written on the coach to Gijón.'), { message: 'the offline line in IndexedDB' });
    // The device's index knows this copy holds work the server does not have (it survives a reload).
    expect((await copiesIndex(janis.page, userId)).find((entry) => entry.docId === docId)).toMatchObject({ unsaved: true, title: 'Our first words' });
    await janis.page.screenshot({ path: path.join(SCREENSHOTS, 'offline-kept-laptop.png') });

    // Meanwhile Lucía, online, writes too; it is stored, and does not reach Jānis while he is away.
    await caretToEnd(lucia.page);
    await lucia.page.keyboard.press('Enter');
    await lucia.page.keyboard.type('Lucía writes from school.');
    await indicator(lucia.page, 'Saving…').or(indicator(lucia.page, SAVED)).waitFor();
    await indicator(lucia.page, SAVED).waitFor();
    expect(await editorOf(janis.page).textContent()).not.toContain('Lucía writes from school.');
    expect(await editorOf(lucia.page).textContent()).not.toContain('Written on the coach');

    // Back online: his line goes out, hers comes in, and only once the server has stored his does it say so.
    await janis.context.setOffline(false);
    await indicator(janis.page, SAVED).waitFor();
    for (const { page } of [janis, lucia]) {
      await editorOf(page).filter({ hasText: 'Written on the coach to Gijón.' }).filter({ hasText: 'Lucía writes from school.' }).waitFor();
    }
    expect((await copiesIndex(janis.page, userId)).find((entry) => entry.docId === docId)?.unsaved).toBe(false);

    // On the server's disk: killed without warning and started again, a fresh reader gets both lines.
    await env.kopa.kill();
    await env.kopa.restart();
    const reader = await newVisitor(env.browser, LAPTOP);
    await logIn(reader.page, env.kopa.url, 'andrei');
    await reader.page.getByRole('link', { name: 'Open Our first words' }).click();
    await editorOf(reader.page).filter({ hasText: 'Written on the coach to Gijón.' }).filter({ hasText: 'Lucía writes from school.' }).waitFor();

    // Logging out deletes his copies the server has (a shared laptop: the next pupil finds nothing of his).
    await indicator(janis.page, SAVED).waitFor();
    await janis.page.getByRole('button', { name: 'Log out' }).click();
    await janis.page.getByRole('button', { name: 'Log in' }).waitFor();
    await janis.page.waitForFunction(
      async (prefix) => !(await indexedDB.databases()).some((database) => database.name?.startsWith(prefix)),
      `kopa:${userId}:`,
    );
    expect(await copiesIndex(janis.page, userId)).toEqual([]);

    expect([...janis.pageErrors, ...lucia.pageErrors, ...reader.pageErrors]).toEqual([]);
    await Promise.all([janis.context.close(), lucia.context.close(), reader.context.close()]);
  });

  it('a teacher locks the document while Jānis is offline: his text is not forced in, he is told why and can copy it', async () => {
    const janis = await newVisitor(env.browser, PHONE);
    await janis.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.kopa.url });
    await logIn(janis.page, env.kopa.url, 'janis');
    const id = await janis.page.evaluate(async () => {
      const spaces = (await (await fetch('/api/spaces')).json()) as { id: string; kind: string; canEdit: boolean }[];
      const team = spaces.find((space) => space.kind === 'team' && space.canEdit)!;
      const response = await fetch(`/api/spaces/${team.id}/items`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ type: 'doc', title: 'Coach diary' }),
      });
      return ((await response.json()) as { id: string }).id;
    });
    await janis.page.goto(`${env.kopa.url}/items/${id}`);
    await janis.page.locator('.editor-surface__content[contenteditable="true"]').waitFor();
    await caretToEnd(janis.page);
    await janis.page.keyboard.type('Before the trip we packed.');
    await indicator(janis.page, SAVED).waitFor();
    const { userId, docId } = await whoAndWhat(janis.page);

    await janis.context.setOffline(true);
    await indicator(janis.page, OFFLINE).waitFor({ timeout: 5_000 });
    await janis.page.keyboard.press('Enter');
    await janis.page.keyboard.type('Written while the teacher locked it.');
    await indicator(janis.page, OFFLINE_KEPT).waitFor();
    await janis.page.screenshot({ path: path.join(SCREENSHOTS, 'offline-kept-phone.png') });

    // Meanwhile Carmen, his teacher, locks the document.
    const teacher = await newVisitor(env.browser, LAPTOP);
    await logIn(teacher.page, env.kopa.url, 'carmen');
    const status = await teacher.page.evaluate(
      async (itemId) =>
        (await fetch(`/api/items/${itemId}`, { method: 'PATCH', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ locked: true }) })).status,
      id,
    );
    expect(status).toBe(200);

    // Back online: the server refuses his changes; he is told why and sees his text, ready to copy.
    await janis.context.setOffline(false);
    const rescue = janis.page.getByRole('region', { name: 'Your text from “Coach diary” that could not be saved' });
    await rescue.waitFor();
    await rescue.getByText('A teacher paused editing or your access changed while you were offline, so these changes could not be saved.', { exact: false }).waitFor();
    const box = rescue.getByRole('textbox', { name: 'Your text (read only)' });
    expect(await box.inputValue()).toContain('Written while the teacher locked it.');
    expect(await box.getAttribute('readonly')).not.toBeNull();
    // The page now shows the server's copy, read-only: without the refused line.
    await janis.page.getByText('A teacher locked this document. You can read it, but not change it.').waitFor();
    await janis.page.waitForFunction(() => {
      const text = document.querySelector('.editor-surface__content')?.textContent ?? '';
      return text.includes('Before the trip we packed.') && !text.includes('Written while the teacher locked it.');
    });
    await indicator(janis.page, 'Live').waitFor();
    await janis.page.screenshot({ path: path.join(SCREENSHOTS, 'offline-refused-phone.png'), fullPage: true });

    // "Copy text", from the keyboard: the clipboard has it.
    await rescue.getByRole('button', { name: 'Copy text' }).focus();
    await janis.page.keyboard.press('Enter');
    await rescue.getByRole('status').filter({ hasText: 'Copied.' }).waitFor();
    expect(await janis.page.evaluate(() => navigator.clipboard.readText())).toContain('Written while the teacher locked it.');

    // The server never stored it: the teacher's copy comes from the server.
    await teacher.page.goto(`${env.kopa.url}/items/${id}`);
    await editorOf(teacher.page).filter({ hasText: 'Before the trip we packed.' }).waitFor();
    expect(await editorOf(teacher.page).textContent()).not.toContain('Written while the teacher locked it.');

    // The refused copy is gone from the device (it would be sent, and refused, again and again):
    // the copy kept now is the server's. After a reload the text to copy is still there, the document still without it.
    await waitFor(async () => {
      const kept = await textOnDevice(janis.page, `kopa:${userId}:${docId}`);
      return kept.includes('Before the trip we packed.') && !kept.includes('Written while the teacher locked it.');
    }, { message: 'the refused copy to be replaced by the server’s on the device' });
    expect((await copiesIndex(janis.page, userId)).find((entry) => entry.docId === docId)?.unsaved).toBe(false);
    await janis.page.reload();
    await editorOf(janis.page).filter({ hasText: 'Before the trip we packed.' }).waitFor();
    await rescue.waitFor();
    expect(await editorOf(janis.page).textContent()).not.toContain('Written while the teacher locked it.');
    await rescue.getByRole('button', { name: 'Remove this text' }).click();
    await rescue.waitFor({ state: 'detached' });
    expect(await editorOf(teacher.page).textContent()).not.toContain('Written while the teacher locked it.');

    expect([...janis.pageErrors, ...teacher.pageErrors]).toEqual([]);
    await Promise.all([janis.context.close(), teacher.context.close()]);
  });

  it('work written offline and left unsaved is sent the next time Kopa opens, without opening the item again', async () => {
    const janis = await newVisitor(env.browser, LAPTOP);
    const lucia = await newVisitor(env.browser, LAPTOP);
    await Promise.all([logIn(janis.page, env.kopa.url, 'janis'), logIn(lucia.page, env.kopa.url, 'lucia')]);
    for (const { page } of [janis, lucia]) {
      await page.getByRole('link', { name: 'Open Our first words' }).click();
      await editorOf(page).filter({ hasText: 'Hello from Daugavpils' }).waitFor();
      await indicator(page, SAVED).waitFor();
    }
    const { userId, docId } = await whoAndWhat(janis.page);

    // Offline, he writes, and closes the page before the connection comes back.
    await janis.context.setOffline(true);
    await indicator(janis.page, OFFLINE).waitFor({ timeout: 5_000 });
    await caretToEnd(janis.page);
    await janis.page.keyboard.press('Enter');
    await janis.page.keyboard.type('Written in the mountains, sent later.');
    await indicator(janis.page, OFFLINE_KEPT).waitFor();
    await waitFor(async () => (await textOnDevice(janis.page, `kopa:${userId}:${docId}`)).includes('Written in the mountains, sent later.'), {
      message: 'the line kept on the device',
    });
    await janis.page.close();
    expect(await editorOf(lucia.page).textContent()).not.toContain('Written in the mountains');

    // Next time, online, Kopa opens on the home page: the line goes to the server and reaches Lucía.
    await janis.context.setOffline(false);
    const again = await janis.context.newPage();
    await again.goto(env.kopa.url);
    await again.getByRole('heading', { name: 'Your spaces' }).waitFor();
    await editorOf(lucia.page).filter({ hasText: 'Written in the mountains, sent later.' }).waitFor();
    await waitFor(async () => (await copiesIndex(again, userId)).find((entry) => entry.docId === docId)?.unsaved === false, {
      message: 'the copy to be marked saved once the server confirmed it',
    });
    expect(lucia.pageErrors).toEqual([]);
    await Promise.all([janis.context.close(), lucia.context.close()]);
  });
});
