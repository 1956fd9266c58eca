import fs from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ItemPublicState, ItemSummary, SpaceSummary } from '@kopa/protocol';
import { makeTempDir, runKopaCli, startKopaProcess, stopKopaProcess, type KopaProcess } from '@kopa/testkit';
import { afterAll, describe, expect, it } from 'vitest';
import { XSS_STRINGS, xssDocument } from '../../../packages/render/test/xss-payloads';
import { apiUser } from './support/blog-posts';
import { LAPTOP, newVisitor } from './support/browser';
import { backupToFile, exportSite } from './support/exports';
import { SCREENSHOTS, useKopaAndChromium } from './support/kopa-under-test';
import { watchForScripts } from './support/script-watch';
import { addNotes, writeLexicalJson } from './support/showcase-content';

const payload = (id: string) => XSS_STRINGS.find((candidate) => candidate.id === id)!.value;

/** The file name an export gives an item ends with the beginning of its id. */
const fileOf = (pages: string[], folder: string, item: ItemSummary) =>
  pages.find((name) => name.startsWith(`${folder}/`) && name.endsWith(`-${item.id.replace(/[^A-Za-z0-9]/g, '').toLowerCase().slice(0, 8)}.html`));

describe('the XSS payload set through a backup import', () => {
  const env = useKopaAndChromium();
  let work: Awaited<ReturnType<typeof makeTempDir>> | undefined;
  let restored: KopaProcess | undefined;
  afterAll(async () => {
    await stopKopaProcess(restored, 'SIGTERM');
    await work?.remove();
  });

  it('restored into a new Kopa, the payloads run nothing in its website export or on its showcase', async () => {
    work = await makeTempDir('kopa-backup-xss-');
    const base = env.kopa.url;
    const [janis, carmen, ilze] = await Promise.all([apiUser(base, 'janis'), apiUser(base, 'carmen'), apiUser(base, 'ilze')]);
    const team = (await janis.call<SpaceSummary[]>('GET', '/spaces')).find((space) => space.kind === 'team' && space.canEdit)!;
    const create = (type: 'doc' | 'post' | 'board', title: string) => janis.call<ItemSummary>('POST', `/spaces/${team.id}/items`, { type, title });

    // Written on the first Kopa with raw Yjs writes (a crafted client), titles through REST.
    const doc = await create('doc', payload('img-onerror-quoted'));
    await writeLexicalJson(base, janis, doc.docId, xssDocument());
    const post = await create('post', payload('json-ld-close-script'));
    await writeLexicalJson(base, janis, post.docId, xssDocument());
    await janis.call('PATCH', `/posts/${post.id}`, { language: 'en', themes: [] });
    await janis.call('POST', `/posts/${post.id}/submit`, { message: payload('script-tag') });
    await carmen.call('POST', `/posts/${post.id}/publish`, {});
    const board = await create('board', payload('polyglot-title-close'));
    await addNotes(base, janis, board.docId, XSS_STRINGS.map((candidate) => candidate.value));

    // A backup by the coordinator, restored with `npm run kopa -- restore` into a new data folder.
    const backup = path.join(work.path, 'backup.zip');
    await backupToFile(base, ilze, backup);
    const dataDir = path.join(work.path, 'restored');
    const restore = await runKopaCli(work.path, dataDir, 'restore', backup);
    expect(restore.code, restore.stderr).toBe(0);
    restored = await startKopaProcess(dataDir);
    const [carmenThere, ilzeThere] = await Promise.all([apiUser(restored.url, 'carmen'), apiUser(restored.url, 'ilze')]);

    // The restored Kopa's website export holds the three items, their payloads escaped.
    const site = path.join(work.path, 'site');
    const pages = await exportSite(restored.url, ilzeThere, site);
    const docPage = fileOf(pages, 'documents', doc);
    const postPage = fileOf(pages, 'posts', post);
    const boardPage = fileOf(pages, 'boards', board);
    expect([docPage, postPage, boardPage].every(Boolean), pages.join('\n')).toBe(true);
    for (const page of [docPage!, postPage!]) expect(await fs.readFile(path.join(site, page), 'utf8')).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(await fs.readFile(path.join(site, boardPage!), 'utf8')).toContain('&lt;svg onload=alert(1)&gt;');

    // Its showcase: turned on by the coordinator, the three items approved by a teacher.
    await ilzeThere.call('PUT', `/partnerships/${ilzeThere.me.partnershipId}/showcase`, { enabled: true });
    for (const item of [doc, post, board]) expect((await carmenThere.call<ItemPublicState>('PUT', `/items/${item.id}/public`)).shown, item.title).toBe(true);
    const showcase = `${restored.url}/showcase/together-in-our-diversity`;

    // Every exported page from disk, then the showcase's pages: nothing runs.
    const visitor = await newVisitor(env.browser, LAPTOP);
    const watch = watchForScripts(visitor.page);
    for (const name of pages) await watch.visit(pathToFileURL(path.join(site, name)).href);
    await watch.visit(pathToFileURL(path.join(site, docPage!)).href);
    await visitor.page.getByText('<script>alert(1)</script>', { exact: true }).first().waitFor();
    await visitor.page.screenshot({ path: path.join(SCREENSHOTS, 'backup-xss-site-document.png') });
    for (const url of [showcase, ...[doc, post, board].map((item) => `${showcase}/items/${item.id}`)]) await watch.visit(url);
    await watch.visit(`${showcase}/items/${post.id}`);
    await visitor.page.getByRole('heading', { level: 1, name: payload('json-ld-close-script') }).waitFor();
    await visitor.page.getByText('<script>alert(1)</script>', { exact: true }).first().waitFor();
    await visitor.page.screenshot({ path: path.join(SCREENSHOTS, 'backup-xss-showcase-post.png') });
    await watch.visit(`${showcase}/items/${board.id}`);
    await visitor.page.screenshot({ path: path.join(SCREENSHOTS, 'backup-xss-showcase-board.png') });
    watch.expectNothingRan();
    expect(visitor.pageErrors).toEqual([]);
    await visitor.context.close();
  });
});
