import type { ItemSummary, SpaceSummary, VersionSummary } from '@kopa/protocol';
import { $getRoot, $isElementNode, $isTextNode } from 'lexical';
import { expectOk } from '../support/second-partnership.js';
import { getJson, sendJson } from '../support/api-client.js';
import type { CollabClient } from '../support/collab-client.js';
import type { TestServer } from '../support/test-server.js';

/** A new item in the demo team space "Welcome" (Jānis, Lucía, Giulia and Andrei write there). */
export async function newTeamItem(server: TestServer, cookie: string, title: string, type: 'doc' | 'post' = 'doc'): Promise<ItemSummary> {
  const spaces = await expectOk(getJson<SpaceSummary[]>(server.url, '/api/spaces', cookie), 'list spaces');
  const team = spaces.find((space) => space.kind === 'team' && space.title === 'Welcome');
  if (!team) throw new Error('the demo team space "Welcome" is missing');
  const created = sendJson<ItemSummary>(server.url, 'POST', `/api/spaces/${team.id}/items`, { cookie, body: { type, title } });
  return expectOk(created, `create ${title}`);
}

export async function listVersions(server: TestServer, itemId: string, cookie: string): Promise<VersionSummary[]> {
  return expectOk(getJson<VersionSummary[]>(server.url, `/api/items/${itemId}/versions`, cookie), 'list versions');
}

export async function nameVersion(server: TestServer, itemId: string, cookie: string, name: string): Promise<VersionSummary> {
  return expectOk(sendJson<VersionSummary>(server.url, 'POST', `/api/items/${itemId}/versions`, { cookie, body: { name } }), `name ${name}`);
}

/** Replaces `from` by `to` in the text, as someone selecting the word and typing over it would. */
export function replaceWord(client: CollabClient, from: string, to: string): void {
  client.editor.update(
    () => {
      for (const block of $getRoot().getChildren()) {
        if (!$isElementNode(block)) continue;
        for (const node of block.getChildren()) {
          const at = $isTextNode(node) ? node.getTextContent().indexOf(from) : -1;
          if ($isTextNode(node) && at >= 0) {
            node.select(at, at + from.length).insertText(to);
            return;
          }
        }
      }
      throw new Error(`"${from}" is not in the document`);
    },
    { discrete: true },
  );
}

/** Types at the end of the first paragraph. */
export function typeInFirstParagraph(client: CollabClient, text: string): void {
  client.editor.update(
    () => {
      const first = $getRoot().getFirstChild();
      if (!$isElementNode(first)) throw new Error('the document has no first paragraph');
      first.selectEnd().insertText(text);
    },
    { discrete: true },
  );
}
