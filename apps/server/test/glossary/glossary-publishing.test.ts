import type { UploadedImage } from '@kopa/protocol';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectOk } from '../support/second-partnership.js';
import { brokenReferences, exportZip } from '../exports/publishing-files.js';
import { buildShowcaseWorld, mark, publicPage, switchShowcase, type ShowcaseWorld } from '../showcase/showcase-world.js';
import { png } from '../uploads/picture-samples.js';
import { changeTerm, glossaryOf, glossaryPicture, propose, proposed } from './glossary-client.js';

/**
 * The glossary where it leaves Kopa: the static website (glossary.html, linked from the home page),
 * Markdown (glossary.md) and the public showcase (/showcase/<slug>/glossary). Approved terms only,
 * every word with its language, pictures copied and served, one showing a pupil without photo
 * consent left out; never who proposed a term.
 */
describe('the glossary in the exports and on the showcase', () => {
  let world: ShowcaseWorld;
  let pid: string;
  let slug: string;
  let site: Map<string, Buffer>;
  let markdown: Map<string, Buffer>;
  const pictures = { lighthouse: null as unknown as UploadedImage, janis: null as unknown as UploadedImage };

  beforeAll(async () => {
    world = await buildShowcaseWorld();
    const { server, janis, lucia, carmen, ilze } = world;
    pid = world.partnershipId;
    pictures.lighthouse = await expectOk(glossaryPicture(server.url, lucia, pid, await png(800, 600)), 'the lighthouse');
    pictures.janis = await expectOk(glossaryPicture(server.url, janis, pid, await png(600, 600)), 'Jānis’s picture');
    // Jānis has no photo consent: a picture showing him stays private.
    await expectOk(mark(world, carmen, pictures.janis.id, janis.me.id), 'mark Jānis');

    await expectOk(
      propose(server.url, carmen, pid, {
        translations: { es: 'faro', en: 'lighthouse', lv: 'bāka' },
        pictureUploadId: pictures.lighthouse.id,
        pictureAlt: 'A white <lighthouse> & "sea"',
        approve: true,
      }),
      'the lighthouse, approved',
    );
    await expectOk(
      propose(server.url, carmen, pid, { translations: { en: 'pupil', lv: 'skolēns' }, pictureUploadId: pictures.janis.id, pictureAlt: 'Jānis smiling', approve: true }),
      'a term whose picture shows Jānis',
    );
    await proposed(server.url, janis, pid, { en: 'SECRETPROPOSAL', lv: 'noslēpums' });

    site = (await exportZip(server.url, ilze.cookie, pid, { format: 'site', language: 'en' })).entries;
    markdown = (await exportZip(server.url, ilze.cookie, pid, { format: 'markdown', language: 'lv' })).entries;
    slug = (await expectOk(switchShowcase(world, ilze, true), 'the showcase on')).slug!;
  }, 120_000);
  afterAll(() => world?.server.stop());

  const text = (entries: Map<string, Buffer>, name: string) => entries.get(name)?.toString('utf8') ?? '';

  it('the website has a glossary page, linked from its home: every approved word with its lang, side by side', () => {
    const page = text(site, 'glossary.html');
    expect(text(site, 'index.html')).toContain('href="glossary.html"');
    expect(text(site, 'credits.html')).toContain('href="glossary.html"');
    expect(page).toContain('<h1>Glossary</h1>');
    expect(page).toContain('<dt lang="lv">Latviešu</dt><dd lang="lv">pilsēta</dd>');
    expect(page).toContain('<dd lang="es">faro</dd>');
    expect(page).toContain('<dt lang="en">English</dt><dd lang="en">town</dd>');
    // Alphabetical in the export's language: hello, lighthouse, name, pupil, town.
    const order = ['>hello<', '>lighthouse<', '>name<', '>pupil<', '>town<'].map((word) => page.indexOf(word));
    expect(order.every((index) => index > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    // Its picture, escaped description and all, copied into the zip; none of the picture showing Jānis.
    expect(page).toContain(`src="files/${pictures.lighthouse.id}-320.webp"`);
    expect(page).toContain('alt="A white &lt;lighthouse&gt; &amp; &quot;sea&quot;"');
    expect(site.has(`files/${pictures.lighthouse.id}-320.webp`)).toBe(true);
    expect([...site.keys()].some((name) => name.includes(pictures.janis.id))).toBe(false);
    expect(page).toContain('>skolēns<');
    expect(brokenReferences(site)).toEqual([]);
  });

  it('Markdown has glossary.md: a table with a column per language, named in itself, linked from index.md', () => {
    const file = text(markdown, 'glossary.md');
    expect(text(markdown, 'index.md')).toContain('(glossary.md)');
    expect(file.split('\n')[0]).toBe('# Vārdnīca');
    expect(file).toContain('| English | Latviešu | Español | Italiano | Română | Attēls |');
    expect(file).toContain('| town | pilsēta | ciudad | città | oraș |  |');
    expect(file).toContain(`![A white <lighthouse> & \\"sea\\"](files/${pictures.lighthouse.id}-320.webp)`.replace('<', '\\<').replace('>', '\\>').replace('&', '\\&'));
    expect(markdown.has(`files/${pictures.lighthouse.id}-320.webp`)).toBe(true);
    expect(brokenReferences(markdown)).toEqual([]);
  });

  it('never exports a proposal, nor who proposed a term', () => {
    for (const entries of [site, markdown]) {
      const everything = [...entries].filter(([name]) => /\.(html|md)$/.test(name)).map(([, bytes]) => bytes.toString('utf8')).join('\n');
      expect(everything).not.toContain('SECRETPROPOSAL');
      expect(everything).not.toContain('noslēpums');
      expect(everything).not.toContain('Proposed by');
    }
  });

  it('the showcase links its glossary page: approved terms, their pictures, and nobody’s name', async () => {
    const home = await publicPage(world, `/showcase/${slug}`);
    expect(home.html).toContain(`href="/showcase/${slug}/glossary"`);
    const page = await publicPage(world, `/showcase/${slug}/glossary`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(page.html).toContain('<dd lang="lv">bāka</dd>');
    expect(page.html).not.toContain('SECRETPROPOSAL');
    for (const name of ['Carmen', 'Lucía', 'Jānis', 'Ilze']) expect(page.html).not.toContain(name);
    expect(page.html).toContain(`/showcase/${slug}/files/${pictures.lighthouse.id}/320.webp`);
    expect(page.html).not.toContain(pictures.janis.id);
    expect((await fetch(`${world.server.url}/showcase/${slug}/files/${pictures.lighthouse.id}/320.webp`)).status).toBe(200);
    // The picture showing a pupil without photo consent is not served, though its term is approved.
    expect((await fetch(`${world.server.url}/showcase/${slug}/files/${pictures.janis.id}/320.webp`)).status).toBe(404);
    // In Latvian when asked.
    expect((await publicPage(world, `/showcase/${slug}/glossary?lang=lv`)).html).toContain('<h1>Vārdnīca</h1>');
  });

  it('a picture taken off a term is no longer served in public', async () => {
    const lighthouse = (await expectOk(glossaryOf(world.server.url, world.ilze, pid), 'the glossary')).terms.find((term) => term.translations.en === 'lighthouse')!;
    await expectOk(changeTerm(world.server.url, world.carmen, lighthouse.id, { pictureUploadId: null }), 'remove the picture');
    expect((await fetch(`${world.server.url}/showcase/${slug}/files/${pictures.lighthouse.id}/320.webp`)).status).toBe(404);
  });

  it('with the showcase off, its glossary page is the same 404', async () => {
    await expectOk(switchShowcase(world, world.ilze, false), 'the showcase off');
    expect((await publicPage(world, `/showcase/${slug}/glossary`)).status).toBe(404);
  });
});
