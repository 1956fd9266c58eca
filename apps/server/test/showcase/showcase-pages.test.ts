import type { ItemSummary, ShowcaseSettings } from '@kopa/protocol';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getJson, sendJson } from '../support/api-client.js';
import { waitFor } from '@kopa/testkit';
import { connectBoardClient, isNoteStored } from '../support/board-client.js';
import { publishPost } from '../support/published-post.js';
import { expectOk } from '../support/second-partnership.js';
import {
  approve,
  auditActions,
  buildShowcaseWorld,
  createItem,
  publicPage,
  publicState,
  setConsent,
  switchShowcase,
  withdraw,
  write,
  type ShowcaseWorld,
} from './showcase-world.js';

/**
 * The public showcase as an anonymous visitor sees it, asserted on the HTML the server
 * sends: only approved items, as approved; pupils by display name and country, and only
 * with their publication consent; never a username or anything not approved.
 */
describe('the public showcase', () => {
  let world: ShowcaseWorld;
  let slug: string;
  let diary: ItemSummary;
  let draft: ItemSummary;

  beforeAll(async () => {
    world = await buildShowcaseWorld();
    // Jānis (LV) and Lucía (ES) write a diary together; Jānis keeps a draft nobody approves.
    diary = await createItem(world, world.janis, 'Our diary of Gijón');
    await write(world, world.janis, diary.docId, ['We walked along the beach of San Lorenzo.']);
    await write(world, world.lucia, diary.docId, ['Then we ate fabada at my grandmother’s.']);
    draft = await createItem(world, world.janis, 'UNAPPROVED-TITLE secret plans');
    await write(world, world.janis, draft.docId, ['UNAPPROVED-TEXT nobody approved this.']);
  }, 60_000);
  afterAll(() => world?.server.stop());

  it('is off until the coordinator turns it on; then it has a stable address chosen from the title', async () => {
    const before = await expectOk(getJson<ShowcaseSettings>(world.server.url, `/api/partnerships/${world.partnershipId}/showcase`, world.janis.cookie), 'read');
    expect(before).toMatchObject({ enabled: false, slug: null, path: null, canSwitch: false });

    // A teacher may not; the coordinator may.
    expect((await switchShowcase(world, world.carmen, true)).status).toBe(403);
    expect((await switchShowcase(world, world.janis, true)).status).toBe(403);
    const on = await switchShowcase(world, world.ilze, true);
    expect(on.status).toBe(200);
    expect(on.body).toMatchObject({ enabled: true, slug: 'together-in-our-diversity', path: '/showcase/together-in-our-diversity', canSwitch: true });
    slug = on.body.slug!;

    // A new title, off and on again: the same address.
    await expectOk(sendJson(world.server.url, 'PATCH', `/api/partnerships/${world.partnershipId}`, { cookie: world.ilze.cookie, body: { title: 'Kopā: mūsu daudzveidība' } }), 'rename');
    expect((await switchShowcase(world, world.ilze, false)).body).toMatchObject({ enabled: false, slug });
    expect((await publicPage(world, `/showcase/${slug}`)).status).toBe(404);
    expect((await switchShowcase(world, world.ilze, true)).body).toMatchObject({ enabled: true, slug });
    await expectOk(sendJson(world.server.url, 'PATCH', `/api/partnerships/${world.partnershipId}`, { cookie: world.ilze.cookie, body: { title: 'Together in our diversity' } }), 'rename back');

    const actions = (await auditActions(world)).map((entry) => entry.action);
    expect(actions.filter((action) => action === 'showcase.enable')).toHaveLength(2);
    expect(actions).toContain('showcase.disable');
  });

  it('shows the partnership, its schools by name and country, and nothing that is not approved', async () => {
    const page = await publicPage(world, `/showcase/${slug}`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toContain('text/html');
    expect(page.html).toContain('<h1>Together in our diversity</h1>');
    for (const school of ['Daugavpils', 'Gijón', 'Salerno', 'Timișoara']) expect(page.html).toContain(school);
    expect(page.html).toContain('(Latvia)');
    expect(page.html).toContain('Nothing has been published here yet.');
    for (const hidden of ['Our diary of Gijón', 'San Lorenzo', 'UNAPPROVED-TITLE', 'UNAPPROVED-TEXT']) expect(page.html).not.toContain(hidden);
    // An item nobody approved is not there at all, at its own address either.
    expect((await publicPage(world, `/showcase/${slug}/items/${draft.id}`)).status).toBe(404);
    expect((await publicPage(world, `/showcase/${slug}/items/${diary.id}`)).status).toBe(404);
  });

  it('a teacher approves a document: the version of that moment goes public, later edits do not', async () => {
    // Pupils and guests may not approve.
    expect((await approve(world, world.janis, diary.id)).status).toBe(403);
    expect((await approve(world, world.guest, diary.id)).status).toBe(403);
    const approved = await approve(world, world.carmen, diary.id);
    expect(approved.status).toBe(200);
    expect(approved.body).toMatchObject({ approved: true, shown: true, hiddenBecause: null, approvedTitle: 'Our diary of Gijón' });
    expect(approved.body.publicPath).toBe(`/showcase/${slug}/items/${diary.id}`);
    // The pupils see that it is public.
    expect(await publicState(world, world.janis, diary.id)).toMatchObject({ shown: true, canApprove: false, canWithdraw: false });

    await write(world, world.janis, diary.docId, ['LATER-EDIT written after the approval.']);
    await expectOk(sendJson(world.server.url, 'PATCH', `/api/items/${diary.id}`, { cookie: world.janis.cookie, body: { title: 'RENAMED-LATER' } }), 'rename');

    const home = await publicPage(world, `/showcase/${slug}`);
    expect(home.html).toContain(`href="/showcase/${slug}/items/${diary.id}"`);
    expect(home.html).toContain('Our diary of Gijón');
    const item = await publicPage(world, `/showcase/${slug}/items/${diary.id}`);
    expect(item.status).toBe(200);
    expect(item.html).toContain('San Lorenzo');
    expect(item.html).toContain('fabada');
    for (const hidden of ['LATER-EDIT', 'RENAMED-LATER', 'UNAPPROVED-TEXT']) {
      expect(home.html).not.toContain(hidden);
      expect(item.html).not.toContain(hidden);
    }
    const approval = (await auditActions(world)).find((entry) => entry.action === 'item.approve_public');
    expect(approval).toMatchObject({ targetId: diary.id, actor: { displayName: 'Carmen' }, detail: { title: 'Our diary of Gijón' } });
  });

  it('names pupils only with their publication consent, by display name and country, never by username', async () => {
    const credits = async () => (await publicPage(world, `/showcase/${slug}/items/${diary.id}`)).html;
    let html = await credits();
    expect(html).toContain('By a pupil from Latvia, a pupil from Spain');
    expect(html).not.toContain('Jānis');
    expect(html).not.toContain('Lucía');

    // Carmen (ES) may not decide for a pupil of Daugavpils; Ilze, his school's teacher, may.
    expect((await setConsent(world, world.carmen, world.janis.me.id, { publication: true })).status).toBe(403);
    expect((await setConsent(world, world.janis, world.janis.me.id, { publication: true })).status).toBe(403);
    expect((await setConsent(world, world.ilze, world.janis.me.id, { publication: true })).body).toMatchObject({ publication: true, photo: false });
    html = await credits();
    expect(html).toContain('By Jānis (Latvia), a pupil from Spain');
    expect(html).not.toContain('Lucía');
    // The metadata names only who may be named.
    const jsonLd = JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html)![1]!) as { author?: { name: string }[]; license: string };
    expect(jsonLd.author).toEqual([{ '@type': 'Person', name: 'Jānis' }]);

    // Never: usernames, internal ids, members of teams, the team's name.
    const everything = html + (await publicPage(world, `/showcase/${slug}`)).html;
    for (const secret of [world.janis.me.username, world.lucia.me.username, world.janis.me.id, world.lucia.me.id, world.schools.LV, world.schools.ES, 'Welcome']) {
      expect(everything).not.toContain(secret);
    }

    // Withdrawn again: anonymous again, at once.
    await setConsent(world, world.ilze, world.janis.me.id, { publication: false });
    expect(await credits()).not.toContain('Jānis');
    expect((await auditActions(world)).filter((entry) => entry.action === 'consent.change' && entry.subject?.displayName === 'Jānis')).toHaveLength(2);
  });

  it('each page is a script-free page with a strict policy, the licence and LearningResource metadata', async () => {
    for (const path of [`/showcase/${slug}`, `/showcase/${slug}/items/${diary.id}`]) {
      const page = await publicPage(world, path);
      const csp = page.headers.get('content-security-policy')!;
      expect(csp).toContain("default-src 'none'");
      expect(csp).not.toContain('script-src');
      expect(csp).toContain("frame-ancestors 'none'");
      expect(page.html.match(/<script/g)).toHaveLength(1);
      expect(page.html).toContain('<script type="application/ld+json">');
      expect(page.html).toContain('"@type":"LearningResource"');
      expect(page.html).toContain('https://creativecommons.org/licenses/by-sa/4.0/');
      expect(page.html).toContain('"isPartOf":{"@type":"CreativeWork","name":"Together in our diversity"');
    }
  });

  it('speaks Latvian when asked, in the links and from the browser’s languages', async () => {
    const asked = await publicPage(world, `/showcase/${slug}?lang=lv`);
    expect(asked.html).toContain('<html lang="lv">');
    expect(asked.html).toContain('Skolas');
    expect(asked.html).toContain('(Latvija)');
    const browser = await publicPage(world, `/showcase/${slug}/items/${diary.id}`, { 'accept-language': 'lv-LV,lv;q=0.9,en;q=0.5' });
    expect(browser.html).toContain('Autori: skolēns (Latvija), skolēns (Spānija)');
  });

  it('a post goes public as published in the blog, and leaves when it is unpublished', async () => {
    const post = await createItem(world, world.janis, 'A post still in draft', 'post');
    const refused = await approve(world, world.carmen, post.id);
    expect(refused.status).toBe(409);
    expect((await publicState(world, world.carmen, post.id)).needsPublishing).toBe(true);

    const published = await publishPost(world.server.url, { writer: world.janis.cookie, teacher: world.carmen.cookie }, world.welcome, 'Published in the blog');
    expect((await approve(world, world.ilze, published.id)).body).toMatchObject({ shown: true });
    expect((await publicPage(world, `/showcase/${slug}`)).html).toContain('Published in the blog');
    expect((await publicPage(world, `/showcase/${slug}/items/${published.id}`)).html).toContain('<p class="kopa-muted">Blog post</p>');

    await expectOk(sendJson(world.server.url, 'POST', `/api/posts/${published.id}/unpublish`, { cookie: world.carmen.cookie, body: { reason: 'Not yet' } }), 'unpublish');
    expect((await publicPage(world, `/showcase/${slug}/items/${published.id}`)).status).toBe(404);
    expect((await publicPage(world, `/showcase/${slug}`)).html).not.toContain('Published in the blog');
    expect(await publicState(world, world.carmen, published.id)).toMatchObject({ approved: true, shown: false, hiddenBecause: 'not_published' });
  });

  it('a board goes public as a drawing', async () => {
    const board = await createItem(world, world.lucia, 'Our map of words', 'board');
    const client = connectBoardClient(world.server.url, board.docId, { cookie: world.lucia.cookie });
    await client.synced();
    client.model.add({ type: 'note', x: 40, y: 40, w: 200, h: 160, color: 'yellow', text: 'Sveiki = Hola', column: null });
    await waitFor(() => isNoteStored(world.server, board.docId, 'Sveiki = Hola'), { message: 'the note stored' });
    client.destroy();
    expect((await approve(world, world.carmen, board.id)).body).toMatchObject({ shown: true });
    const page = await publicPage(world, `/showcase/${slug}/items/${board.id}`);
    expect(page.html).toContain('<svg');
    expect(page.html).toContain('Sveiki = Hola');
  });

  it('withdrawing takes an item off; a showcase turned off answers 404 everywhere', async () => {
    expect((await withdraw(world, world.janis, diary.id)).status).toBe(403);
    expect((await withdraw(world, world.carmen, diary.id)).body).toMatchObject({ approved: false, shown: false });
    expect((await publicPage(world, `/showcase/${slug}/items/${diary.id}`)).status).toBe(404);
    expect((await auditActions(world)).some((entry) => entry.action === 'item.withdraw_public' && entry.targetId === diary.id)).toBe(true);

    await approve(world, world.carmen, diary.id);
    expect((await publicPage(world, `/showcase/${slug}/items/${diary.id}`)).status).toBe(200);
    await switchShowcase(world, world.ilze, false);
    for (const path of [`/showcase/${slug}`, `/showcase/${slug}/items/${diary.id}`, '/showcase/no-such-partnership', '/showcase/']) {
      const page = await publicPage(world, path);
      expect(page.status).toBe(404);
      expect(page.html).toContain('There is nothing public at this address.');
    }
    expect(await publicState(world, world.carmen, diary.id)).toMatchObject({ approved: true, shown: false, hiddenBecause: 'showcase_off' });
  });
});
