import { describe, expect, it } from 'vitest';
import { editorOf, logIn, newVisitor, PHONE } from './support/browser';
import { useKopaAndChromium } from './support/kopa-under-test';

describe('a teacher locks a document from its own page', () => {
  const env = useKopaAndChromium();

  it('Carmen locks “Our first words”: Jānis reads it with the reason said, then writes again once she unlocks it', async () => {
    const carmen = await newVisitor(env.browser);
    const janis = await newVisitor(env.browser, PHONE);
    await Promise.all([logIn(carmen.page, env.kopa.url, 'carmen'), logIn(janis.page, env.kopa.url, 'janis')]);
    for (const { page } of [carmen, janis]) {
      await page.getByRole('link', { name: 'Open Our first words' }).click();
      await page.locator('.editor-surface__content[contenteditable="true"]').waitFor();
    }
    // Pupils have no lock; the teacher's is reachable from the keyboard.
    expect(await janis.page.getByRole('button', { name: 'Lock document' }).count()).toBe(0);
    await carmen.page.getByRole('button', { name: 'Lock document' }).focus();
    await carmen.page.keyboard.press('Enter');
    await carmen.page.getByRole('button', { name: 'Unlock document' }).waitFor();

    await janis.page.getByText('A teacher locked this document. You can read it, but not change it.').waitFor();
    await janis.page.locator('.editor-surface__content[contenteditable="false"]').waitFor();
    // The teacher still writes.
    await carmen.page.locator('.editor-surface__content[contenteditable="true"]').waitFor();

    await carmen.page.getByRole('button', { name: 'Unlock document' }).click();
    await janis.page.locator('.editor-surface__content[contenteditable="true"]').waitFor();
    await editorOf(janis.page).click();
    await janis.page.keyboard.press('Control+End');
    await janis.page.keyboard.type('Unlocked again');
    await editorOf(carmen.page).filter({ hasText: 'Unlocked again' }).waitFor();
    expect(carmen.pageErrors).toEqual([]);
    expect(janis.pageErrors).toEqual([]);
    await Promise.all([carmen.context.close(), janis.context.close()]);
  });
});
