import type { ExportOverview, Mobility, UploadedImage } from '@kopa/protocol';
import { waitFor } from '@kopa/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getJson, sendJson } from '../support/api-client.js';
import { connectBoardClient, isNoteStored } from '../support/board-client.js';
import { expectOk } from '../support/second-partnership.js';
import { buildShowcaseWorld, createItem, mark, picture, setConsent, write, type ShowcaseWorld } from '../showcase/showcase-world.js';
import { brokenReferences, exportZip, referencedFiles } from './publishing-files.js';

/**
 * The website and Markdown exports of a seeded partnership: a published post (with a visit,
 * a phase, a cover and a picture, then edited again as a draft), a post never published,
 * documents (one with a picture showing a pupil without photo consent), a board with a
 * picture, and pupils with and without publication consent.
 */
describe('website and Markdown exports', () => {
  let world: ShowcaseWorld;
  let pid: string;
  let site: Map<string, Buffer>;
  let markdown: Map<string, Buffer>;
  const seeded = { river: null as unknown as UploadedImage, private: null as unknown as UploadedImage, unused: null as unknown as UploadedImage, visit: '' };

  const text = (entries: Map<string, Buffer>, name: string) => entries.get(name)!.toString('utf8');
  const texts = (entries: Map<string, Buffer>) =>
    [...entries].filter(([name]) => /\.(html|md|svg)$/.test(name)).map(([name, bytes]) => ({ name, text: bytes.toString('utf8') }));
  const onlyOne = (entries: Map<string, Buffer>, pattern: RegExp) => {
    const found = [...entries.keys()].filter((name) => pattern.test(name));
    expect(found, String(pattern)).toHaveLength(1);
    return found[0]!;
  };

  beforeAll(async () => {
    world = await buildShowcaseWorld();
    const { janis, lucia, carmen, ilze, server } = world;
    pid = world.partnershipId;
    // Lucía may be named (her school has her consent); Jānis may not, and has no photo consent either.
    await expectOk(setConsent(world, carmen, lucia.me.id, { publication: true }), 'Lucía’s consent');
    seeded.river = await picture(world, janis);
    seeded.private = await picture(world, janis);
    seeded.unused = await picture(world, janis);
    await expectOk(mark(world, carmen, seeded.private.id, janis.me.id), 'mark Jānis on a picture');
    const visits = await expectOk(getJson<Mobility[]>(server.url, `/api/partnerships/${pid}/mobilities`, ilze.cookie), 'the visits');
    seeded.visit = visits[0]!.id;

    // A post with a picture, its visit and phase and a cover, published; then its draft goes on.
    const post = await createItem(world, janis, 'Our days by the river', 'post');
    await write(world, janis, post.docId, ['We walked along the Daugava.', { picture: seeded.river, alt: 'The river at dusk' }, 'PUBLISHED LAST LINE']);
    await expectOk(
      sendJson(server.url, 'PATCH', `/api/posts/${post.id}`, {
        cookie: janis.cookie,
        body: { mobilityId: seeded.visit, phase: 'before', coverUploadId: seeded.river.id, coverAlt: 'The river at dusk' },
      }),
      'post metadata',
    );
    await expectOk(sendJson(server.url, 'POST', `/api/posts/${post.id}/submit`, { cookie: janis.cookie, body: {} }), 'submit');
    await expectOk(sendJson(server.url, 'POST', `/api/posts/${post.id}/publish`, { cookie: carmen.cookie }), 'publish');
    await write(world, janis, post.docId, ['DRAFT-ONLY words written after publishing']);

    // A post nobody published.
    const secret = await createItem(world, janis, 'A post still being written', 'post');
    await write(world, janis, secret.docId, ['SECRET DRAFT POST TEXT']);

    // Documents: one by Lucía, one with the picture Jānis is on.
    const recipe = await createItem(world, lucia, 'Fabada for beginners');
    await write(world, lucia, recipe.docId, ['Fabada needs white beans.']);
    const fortress = await createItem(world, janis, 'At the fortress');
    await write(world, janis, fortress.docId, ['We climbed the walls.', { picture: seeded.private, alt: 'Jānis on the wall' }, 'END OF THE FORTRESS DOCUMENT']);

    // A board with a picture and a note.
    const board = await createItem(world, janis, 'Pictures of the river', 'board');
    const drawer = connectBoardClient(server.url, board.docId, { cookie: janis.cookie });
    await drawer.synced();
    drawer.model.add({ type: 'image', x: 40, y: 40, w: 320, h: 240, uploadId: seeded.river.id, alt: 'The river at dusk', largestWidth: seeded.river.width });
    drawer.model.add({ type: 'note', x: 400, y: 40, w: 200, h: 160, color: 'yellow', text: 'Bring a camera', column: null });
    await waitFor(() => isNoteStored(server, board.docId, 'Bring a camera'), { message: 'the board on disk' });
    drawer.destroy();

    site = (await exportZip(server.url, ilze.cookie, pid, { format: 'site', language: 'en' })).entries;
    markdown = (await exportZip(server.url, ilze.cookie, pid, { format: 'markdown', language: 'en' })).entries;
  }, 120_000);
  afterAll(() => world?.server.stop());

  it('offers the website and Markdown for the partnership and for one space', async () => {
    const overview = await getJson<ExportOverview>(world.server.url, `/api/partnerships/${pid}/exports`, world.ilze.cookie);
    expect(overview.body.formats).toEqual([
      { name: 'backup', scopes: ['partnership'] },
      { name: 'site', scopes: ['partnership', 'space'] },
      { name: 'markdown', scopes: ['partnership', 'space'] },
    ]);
  });

  it('writes the website: home, timeline, credits, a page per post, document and board, the pictures they show', () => {
    for (const page of ['index.html', 'timeline.html', 'credits.html']) expect(site.has(page), page).toBe(true);
    const postPage = onlyOne(site, /^posts\/our-days-by-the-river-[0-9a-f]{8}\.html$/);
    onlyOne(site, /^documents\/fabada-for-beginners-[0-9a-f]{8}\.html$/);
    onlyOne(site, /^boards\/pictures-of-the-river-[0-9a-f]{8}\.html$/);
    expect([...site.keys()].filter((name) => name.startsWith('posts/'))).toEqual([postPage]);

    const post = text(site, postPage);
    expect(post).toContain('We walked along the Daugava.');
    expect(post).toContain('PUBLISHED LAST LINE');
    expect(post).toMatch(new RegExp(`<img src="\\.\\./files/${seeded.river.id}-\\d+\\.webp"`));
    expect(post).toContain('Before the visit to');
    // The board inline, its picture a file of the zip.
    const board = text(site, onlyOne(site, /^boards\//));
    expect(board).toMatch(/<svg[^>]*>/);
    expect(board).toContain(`href="../files/${seeded.river.id}-`);
    expect(board).toContain('Bring a camera');
    // The timeline groups the post under its visit and phase.
    const timeline = text(site, 'timeline.html');
    expect(timeline).toContain(`href="${postPage}"`);
    expect(text(site, 'index.html')).toContain('Schools');
  });

  it('links only inside the zip, never to the server, and copies only the pictures the pages use', () => {
    expect(brokenReferences(site)).toEqual([]);
    for (const { name, text: page } of texts(site)) {
      expect(page, name).not.toMatch(/["'(\s]\/(?:api|files|showcase)\//);
      expect(page, name).not.toMatch(/(?:src|href)="\/[^/]/);
      expect(page, name).not.toMatch(/<script(?![^>]*application\/ld\+json)/);
    }
    const files = [...site.keys()].filter((name) => name.startsWith('files/'));
    expect(files.length).toBeGreaterThan(0);
    expect(new Set(files)).toEqual(referencedFiles(site));
    expect(files.some((name) => name.includes(seeded.unused.id))).toBe(false);
    expect(files.every((name) => /^files\/[A-Za-z0-9_-]+-\d+\.webp$/.test(name))).toBe(true);
  });

  it('holds no text of unpublished posts or of drafts after publishing', () => {
    for (const entries of [site, markdown]) {
      for (const { name, text: page } of texts(entries)) {
        expect(page, name).not.toContain('SECRET DRAFT POST TEXT');
        expect(page, name).not.toContain('A post still being written');
        expect(page, name).not.toContain('DRAFT-ONLY');
      }
    }
  });

  it('names pupils only with consent, and leaves out pictures of pupils without photo consent', () => {
    for (const entries of [site, markdown]) {
      // Markdown escapes punctuation with backslashes: "Lucía \(Spain\)" reads "Lucía (Spain)".
      const all = texts(entries)
        .map((entry) => (entry.name.endsWith('.md') ? entry.text.replace(/\\([!-/:-@[-`{-~])/g, '$1') : entry.text))
        .join('\n');
      expect(all).toContain('Lucía (Spain)');
      expect(all).toContain('a pupil from Latvia');
      expect(all).not.toContain('Jānis (Latvia)');
      expect(all).not.toContain(world.janis.me.username);
      expect(all).not.toContain(seeded.private.id);
      expect(all).toContain('END OF THE FORTRESS DOCUMENT');
    }
    const credits = text(site, 'credits.html');
    expect(credits).toContain('Lucía (Spain)');
    expect(credits).toContain('Pupils are named only when their school has their consent');
  });

  it('puts the licence and LearningResource metadata on every page, with a CSP that runs no script', () => {
    for (const { name, text: page } of texts(site)) {
      if (!name.endsWith('.html')) continue;
      expect(page, name).toContain('<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;');
      expect(page, name).toContain('href="https://creativecommons.org/licenses/by-sa/4.0/"');
      const jsonLd = /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(page)?.[1];
      expect(JSON.parse(jsonLd!), name).toMatchObject({ '@type': 'LearningResource', license: 'https://creativecommons.org/licenses/by-sa/4.0/' });
    }
  });

  it('writes Markdown: an index linking every file, posts and documents as .md, boards as .svg, their pictures', () => {
    expect(markdown.has('index.md')).toBe(true);
    const postFile = onlyOne(markdown, /^posts\/our-days-by-the-river-[0-9a-f]{8}\.md$/);
    const boardFile = onlyOne(markdown, /^boards\/pictures-of-the-river-[0-9a-f]{8}\.svg$/);
    const index = text(markdown, 'index.md');
    expect(index).toContain(`](${postFile})`);
    expect(index).toContain(`](${boardFile})`);
    expect(text(markdown, postFile)).toMatch(new RegExp(`!\\[The river at dusk\\]\\(\\.\\./files/${seeded.river.id}-\\d+\\.webp\\)`));
    expect(text(markdown, boardFile)).toContain(`href="../files/${seeded.river.id}-`);
    expect(brokenReferences(markdown)).toEqual([]);
    const files = [...markdown.keys()].filter((name) => name.startsWith('files/'));
    expect(new Set(files)).toEqual(referencedFiles(markdown));
    for (const { name, text: file } of texts(markdown)) expect(file, name).not.toMatch(/\]\(\/(?:api|files)\//);
  });

  it('exports one space, for a teacher of the partnership: only that space’s items', async () => {
    const { entries } = await exportZip(world.server.url, world.carmen.cookie, pid, { format: 'site', spaceId: world.welcome, language: 'lv' });
    const items = [...entries.keys()].filter((name) => /^(posts|documents|boards)\//.test(name));
    expect(items.length).toBeGreaterThan(0);
    expect(text(entries, 'index.html')).toContain('No telpas');
    expect(text(entries, 'index.html')).toContain('<html lang="lv">');
    expect(brokenReferences(entries)).toEqual([]);
  });
});
