import { $createImageNode } from '@kopa/editor';
import type { AuditEntry, ItemPublicState, ItemSummary, Partnership, PicturePeople, PupilConsent, ShowcaseSettings, UploadedImage } from '@kopa/protocol';
import { waitFor } from '@kopa/testkit';
import { $createParagraphNode, $createTextNode, $getRoot } from 'lexical';
import { getJson, login, sendJson, type LoggedIn } from '../support/api-client.js';
import { connectCollabClient } from '../support/collab-client.js';
import { expectOk } from '../support/second-partnership.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { png } from '../uploads/picture-samples.js';
import { uploadPicture, welcomeSpaceId } from '../uploads/upload-client.js';

/**
 * The demo partnership on a real server, with the people the showcase tests act as and
 * helpers that go through the public API only: write a document (text and pictures) as a
 * real collaborator, approve, set consents, mark who a picture shows, read the public pages.
 */
export interface ShowcaseWorld {
  server: TestServer;
  ilze: LoggedIn;
  carmen: LoggedIn;
  janis: LoggedIn;
  lucia: LoggedIn;
  guest: LoggedIn;
  partnershipId: string;
  schools: { LV: string; ES: string };
  /** The team space Welcome: Jānis and Lucía write there. */
  welcome: string;
}

export async function buildShowcaseWorld(): Promise<ShowcaseWorld> {
  const server = await startTestServer();
  const [ilze, carmen, janis, lucia, guest] = await Promise.all(['ilze', 'carmen', 'janis', 'lucia', 'guest'].map((name) => login(server.url, name)));
  const partnershipId = ilze!.me.partnershipId!;
  const partnership = await expectOk(getJson<Partnership>(server.url, `/api/partnerships/${partnershipId}`, ilze!.cookie), 'read the partnership');
  const schoolOf = (country: string) => partnership.schools.find((school) => school.country === country)!.id;
  return {
    server,
    ilze: ilze!,
    carmen: carmen!,
    janis: janis!,
    lucia: lucia!,
    guest: guest!,
    partnershipId,
    schools: { LV: schoolOf('LV'), ES: schoolOf('ES') },
    welcome: await welcomeSpaceId(server.url, janis!.cookie),
  };
}

export type Block = string | { picture: UploadedImage; alt: string };

/** Creates an item in a space as someone who writes there. */
export function createItem(world: ShowcaseWorld, who: LoggedIn, title: string, type: 'doc' | 'post' | 'board' = 'doc', spaceId = world.welcome) {
  return expectOk(sendJson<ItemSummary>(world.server.url, 'POST', `/api/spaces/${spaceId}/items`, { cookie: who.cookie, body: { type, title } }), `create "${title}"`);
}

/**
 * Appends paragraphs and pictures to a document as `who`, through the sync server, and waits
 * until a second connection reads the last paragraph back from the server (end with a text).
 */
export async function write(world: ShowcaseWorld, who: LoggedIn, docId: string, blocks: [...Block[], string]): Promise<void> {
  const client = connectCollabClient(world.server.url, docId, { cookie: who.cookie });
  try {
    await client.synced();
    client.editor.update(
      () => {
        const root = $getRoot();
        for (const block of blocks) {
          if (typeof block === 'string') root.append($createParagraphNode().append($createTextNode(block)));
          else root.append($createImageNode({ uploadId: block.picture.id, altText: block.alt, width: block.picture.width, height: block.picture.height }));
        }
      },
      { discrete: true },
    );
    await client.saves.whenSaved();
  } finally {
    client.destroy();
  }
  const last = blocks.at(-1) as string;
  const check = connectCollabClient(world.server.url, docId, { cookie: world.ilze.cookie });
  try {
    await check.synced();
    await waitFor(() => check.text().includes(last), { message: `"${last}" stored` });
  } finally {
    check.destroy();
  }
}

/** A picture uploaded into a space as `who`. */
export async function picture(world: ShowcaseWorld, who: LoggedIn, spaceId = world.welcome): Promise<UploadedImage> {
  const { status, body } = await uploadPicture<UploadedImage>(world.server.url, spaceId, await png(800, 600), { cookie: who.cookie });
  if (status !== 201) throw new Error(`upload: ${status} ${JSON.stringify(body)}`);
  return body;
}

export const approve = (world: ShowcaseWorld, who: LoggedIn, itemId: string) =>
  sendJson<ItemPublicState & { error?: string; code?: string }>(world.server.url, 'PUT', `/api/items/${itemId}/public`, { cookie: who.cookie });

export const withdraw = (world: ShowcaseWorld, who: LoggedIn, itemId: string) =>
  sendJson<ItemPublicState>(world.server.url, 'DELETE', `/api/items/${itemId}/public`, { cookie: who.cookie });

export const publicState = (world: ShowcaseWorld, who: LoggedIn, itemId: string) =>
  expectOk(getJson<ItemPublicState>(world.server.url, `/api/items/${itemId}/public`, who.cookie), 'read the public state');

export const switchShowcase = (world: ShowcaseWorld, who: LoggedIn, enabled: boolean) =>
  sendJson<ShowcaseSettings>(world.server.url, 'PUT', `/api/partnerships/${world.partnershipId}/showcase`, { cookie: who.cookie, body: { enabled } });

export const setConsent = (world: ShowcaseWorld, who: LoggedIn, pupilId: string, consent: { photo?: boolean; publication?: boolean }) =>
  sendJson<PupilConsent>(world.server.url, 'PUT', `/api/partnerships/${world.partnershipId}/members/${pupilId}/consent`, { cookie: who.cookie, body: consent });

export const mark = (world: ShowcaseWorld, who: LoggedIn, uploadId: string, pupilId: string) =>
  sendJson<PicturePeople>(world.server.url, 'PUT', `/api/uploads/${uploadId}/people/${pupilId}`, { cookie: who.cookie });

export const unmark = (world: ShowcaseWorld, who: LoggedIn, uploadId: string, pupilId: string) =>
  sendJson<PicturePeople>(world.server.url, 'DELETE', `/api/uploads/${uploadId}/people/${pupilId}`, { cookie: who.cookie });

export const auditActions = async (world: ShowcaseWorld): Promise<AuditEntry[]> =>
  expectOk(getJson<AuditEntry[]>(world.server.url, `/api/partnerships/${world.partnershipId}/audit`, world.ilze.cookie), 'read the audit log');

/** A public page as an anonymous visitor fetches it (no cookie). */
export async function publicPage(world: ShowcaseWorld, path: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${world.server.url}${path}`, { headers });
  return { status: response.status, headers: response.headers, html: await response.text() };
}
