import fs from 'node:fs/promises';
import path from 'node:path';
import type { ItemSummary, PostTranslations, PostTranslationSummary, PublishedPost } from '@kopa/protocol';
import { makeTempDir, waitFor } from '@kopa/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { restoreBackup } from '../../src/exports/backup/restore-backup.js';
import { blockTexts } from '../blog/post-setup.js';
import { getJson, login, sendJson } from '../support/api-client.js';
import { connectCollabClient } from '../support/collab-client.js';
import { expectOk } from '../support/second-partnership.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { approve, buildShowcaseWorld, createItem, publicPage, switchShowcase, write, type ShowcaseWorld } from '../showcase/showcase-world.js';
import { backupToFile, readZip } from './backup-files.js';
import { exportZip } from './publishing-files.js';

/**
 * A post with versions in other languages leaves Kopa with them: the website shows them side by
 * side (paragraph beside paragraph, each with its `lang`), Markdown in a section per language, the
 * showcase as approved, and a backup holds the versions' rows, documents and frozen states, so a
 * restored Kopa has them all. A version added after publishing stays out of everything public.
 */

const ENGLISH = ['FIRST: we took the night train to Riga.', 'SECOND: the old town was full of snow.'];
const LATVIAN = ['PIRMĀ: mēs braucām ar nakts vilcienu uz Rīgu.', 'OTRĀ: vecpilsēta bija pilna ar sniegu.'];
const SPANISH_DRAFT = 'BORRADOR: esta versión todavía no está publicada.';

describe('parallel texts in exports, the showcase and backups', () => {
  let world: ShowcaseWorld;
  let post: ItemSummary;
  let work: Awaited<ReturnType<typeof makeTempDir>>;
  let restored: TestServer | undefined;
  const versions = {} as Record<'lv' | 'es', PostTranslationSummary>;

  const addVersion = (cookie: string, language: string) =>
    expectOk(sendJson<PostTranslationSummary>(world.server.url, 'POST', `/api/posts/${post.id}/translations`, { cookie, body: { language } }), `add ${language}`);
  const publish = async () => {
    await expectOk(sendJson(world.server.url, 'POST', `/api/posts/${post.id}/submit`, { cookie: world.janis.cookie, body: {} }), 'submit');
    await expectOk(sendJson(world.server.url, 'POST', `/api/posts/${post.id}/publish`, { cookie: world.carmen.cookie, body: {} }), 'publish');
  };
  const postFile = (entries: Map<string, Buffer>, extension: 'html' | 'md') => {
    const name = [...entries.keys()].find((entry) => entry.startsWith('posts/night-train-to-riga-') && entry.endsWith(`.${extension}`));
    if (!name) throw new Error(`no post file among ${[...entries.keys()].join(', ')}`);
    return entries.get(name)!.toString('utf8');
  };

  beforeAll(async () => {
    work = await makeTempDir('kopa-translations-');
    world = await buildShowcaseWorld();
    post = await createItem(world, world.janis, 'Night train to Riga', 'post');
    await write(world, world.janis, post.docId, [...ENGLISH] as [string, string]);
    await expectOk(sendJson(world.server.url, 'PATCH', `/api/posts/${post.id}`, { cookie: world.janis.cookie, body: { language: 'en' } }), 'in English');
    versions.lv = await addVersion(world.janis.cookie, 'lv');
    await write(world, world.janis, versions.lv.docId, [...LATVIAN] as [string, string]);
    await publish();
    // Added after publishing: in the draft only, until the post is published again.
    versions.es = await addVersion(world.lucia.cookie, 'es');
    await write(world, world.lucia, versions.es.docId, [SPANISH_DRAFT]);
  }, 60_000);

  afterAll(async () => {
    await restored?.stop();
    await world?.server.stop();
    await work?.remove();
  });

  it('the website shows the versions side by side, paragraph beside paragraph, each in its language', async () => {
    const site = (await exportZip(world.server.url, world.ilze.cookie, world.partnershipId, { format: 'site', language: 'en' })).entries;
    const html = postFile(site, 'html');
    expect(html).toContain('<body class="kopa-wide">');
    expect(html).toContain('This post is in: English, Latviešu');
    const rows = html.split('<div class="kopa-parallel-row">').slice(1);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatch(/lang="en"[^]*FIRST: we took[^]*lang="lv"[^]*PIRMĀ: mēs braucām/);
    expect(rows[1]).toMatch(/SECOND: the old town[^]*OTRĀ: vecpilsēta/);
    expect(html).not.toContain('BORRADOR');
  });

  it('Markdown writes a section per language, the original first', async () => {
    const markdown = (await exportZip(world.server.url, world.ilze.cookie, world.partnershipId, { format: 'markdown', language: 'en' })).entries;
    const text = postFile(markdown, 'md');
    const english = text.indexOf('## English');
    const latvian = text.indexOf('## Latviešu');
    expect(english).toBeGreaterThan(0);
    expect(latvian).toBeGreaterThan(english);
    expect(text.indexOf('FIRST: we took')).toBeGreaterThan(english);
    expect(text.indexOf('PIRMĀ: mēs braucām')).toBeGreaterThan(latvian);
    expect(text).not.toContain('BORRADOR');
  });

  it('the showcase shows the versions frozen with the version approved, and nothing published since', async () => {
    await expectOk(switchShowcase(world, world.ilze, true), 'showcase on');
    await expectOk(approve(world, world.carmen, post.id), 'approve');
    const page = async () => (await publicPage(world, `/showcase/together-in-our-diversity/items/${post.id}`)).html;
    const approved = await page();
    expect(approved).toContain('lang="lv"');
    expect(approved).toContain('PIRMĀ: mēs braucām');
    expect(approved).not.toContain('BORRADOR');

    // Published again (with the Spanish version): nobody approved that for the public yet.
    await publish();
    expect((await getJson<PublishedPost>(world.server.url, `/api/posts/${post.id}/published`, world.guest.cookie)).body.translations.map((v) => v.language)).toEqual(['lv', 'es']);
    const stale = await page();
    expect(stale).not.toContain('PIRMĀ');
    expect(stale).not.toContain('BORRADOR');
    expect(stale).toContain('FIRST: we took');
    await expectOk(approve(world, world.carmen, post.id), 'approve again');
    expect(await page()).toContain('BORRADOR');
  });

  it('a backup holds the versions (rows, documents, frozen states) and a restored Kopa has them all', async () => {
    // A version with no frozen state: added after the last publishing.
    const late = await addVersion(world.janis.cookie, 'it');
    await write(world, world.janis, late.docId, ['ANCORA una bozza.']);

    const zipFile = path.join(work.path, 'backup.zip');
    await backupToFile(world.server.url, world.ilze.cookie, world.partnershipId, zipFile);
    const entries = await readZip(await fs.readFile(zipFile));
    const rows = JSON.parse(entries.get('tables/post_translations.json')!.toString('utf8')) as Record<string, unknown>[];
    expect(rows.map((row) => [row.language, row.published_state])).toEqual([
      ['lv', `translations/${post.id}/lv.yjs`],
      ['es', `translations/${post.id}/es.yjs`],
      ['it', null],
    ]);
    for (const version of [versions.lv, versions.es, late]) expect(entries.has(`docs/${version.docId}.yjs`), version.language).toBe(true);
    expect(entries.has(`translations/${post.id}/it.yjs`)).toBe(false);
    // Who wrote the versions is kept with them.
    const authors = JSON.parse(entries.get('tables/doc_authors.json')!.toString('utf8')) as { doc_id: string }[];
    expect(authors.some((row) => row.doc_id === versions.lv.docId)).toBe(true);

    const dataDir = path.join(work.path, 'restored');
    await restoreBackup(zipFile, dataDir, { synchronous: 'NORMAL' });
    restored = await startTestServer({ dataDir });
    const [janis, guest] = await Promise.all([login(restored.url, 'janis'), login(restored.url, 'guest')]);
    const listed = await expectOk(getJson<PostTranslations>(restored.url, `/api/posts/${post.id}/translations`, janis.cookie), 'list');
    expect(listed.translations.map((version) => [version.language, version.inBlog])).toEqual([
      ['lv', true],
      ['es', true],
      ['it', false],
    ]);
    const read = await expectOk(getJson<PublishedPost>(restored.url, `/api/posts/${post.id}/published`, guest.cookie), 'published');
    expect(read.translations.map((version) => version.language)).toEqual(['lv', 'es']);
    expect(blockTexts(read.translations[0]!.content)).toEqual(LATVIAN);
    expect(read.translations[0]!.credits.map((credit) => credit.displayName)).toEqual(['Jānis']);

    // The draft of a version goes on where it was, with the post's rights.
    const reader = connectCollabClient(restored.url, late.docId, { cookie: janis.cookie });
    try {
      await reader.synced();
      await waitFor(() => reader.text().includes('ANCORA una bozza.'), { message: 'the restored draft of the Italian version' });
    } finally {
      reader.destroy();
    }
  });
});
