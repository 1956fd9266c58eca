import type { ItemSummary, PostDetail, SpaceSummary } from '@kopa/protocol';
import { $getRoot, $isElementNode } from 'lexical';
import { waitFor } from '@kopa/testkit';
import { getJson, sendJson } from '../support/api-client.js';
import { connectCollabClient, type CollabClient } from '../support/collab-client.js';
import { expectOk } from '../support/second-partnership.js';

/** A space of the demo partnership as the given user sees it, by title. */
export async function spaceTitled(baseUrl: string, cookie: string, title: string): Promise<SpaceSummary> {
  const spaces = await expectOk(getJson<SpaceSummary[]>(baseUrl, '/api/spaces', cookie), 'list spaces');
  const space = spaces.find((candidate) => candidate.title === title);
  if (!space) throw new Error(`no space "${title}"`);
  return space;
}

export async function createPost(baseUrl: string, cookie: string, spaceId: string, title: string): Promise<ItemSummary> {
  return expectOk(
    sendJson<ItemSummary>(baseUrl, 'POST', `/api/spaces/${spaceId}/items`, { cookie, body: { type: 'post', title } }),
    `create the post "${title}"`,
  );
}

/** Every paragraph's text, as the client's editor shows it (empty ones left out). */
export function paragraphsOf(client: CollabClient): string[] {
  return client.editor.getEditorState().read(() =>
    $getRoot()
      .getChildren()
      .filter($isElementNode)
      .map((block) => block.getTextContent())
      .filter((text) => text !== ''),
  );
}

/**
 * Waits until the server holds `paragraphs` of the document: a fresh reader
 * connected through the server sees them (the server stores before it relays).
 */
export async function serverHas(baseUrl: string, cookie: string, docId: string, paragraphs: readonly string[]): Promise<void> {
  const reader = connectCollabClient(baseUrl, docId, { cookie });
  try {
    await reader.synced();
    await waitFor(() => paragraphs.every((text) => paragraphsOf(reader).includes(text)), {
      message: `the server to hold ${JSON.stringify(paragraphs)}: ${JSON.stringify(paragraphsOf(reader))}`,
    });
  } finally {
    reader.destroy();
  }
}

/** Writes paragraphs into a post through a real collaboration client, and waits until the server has them. */
export async function writeInto(baseUrl: string, writer: CollabClient, readerCookie: string, docId: string, paragraphs: readonly string[]) {
  for (const text of paragraphs) writer.appendParagraph(text);
  await serverHas(baseUrl, readerCookie, docId, paragraphs);
}

/** A post written by a pupil, submitted and published by a teacher, with some metadata. */
export async function publishedPost(
  baseUrl: string,
  people: { pupil: string; teacher: string },
  spaceId: string,
  post: { title: string; paragraphs: readonly string[]; meta?: Record<string, unknown> },
): Promise<PostDetail> {
  const item = await createPost(baseUrl, people.pupil, spaceId, post.title);
  const writer = connectCollabClient(baseUrl, item.docId, { cookie: people.pupil });
  try {
    await writer.synced();
    await writeInto(baseUrl, writer, people.teacher, item.docId, post.paragraphs);
  } finally {
    writer.destroy();
  }
  if (post.meta) {
    await expectOk(sendJson(baseUrl, 'PATCH', `/api/posts/${item.id}`, { cookie: people.pupil, body: post.meta }), 'set the metadata');
  }
  await expectOk(sendJson(baseUrl, 'POST', `/api/posts/${item.id}/submit`, { cookie: people.pupil, body: {} }), 'submit');
  return expectOk(sendJson<PostDetail>(baseUrl, 'POST', `/api/posts/${item.id}/publish`, { cookie: people.teacher }), 'publish');
}

/** The texts of a serialized Lexical state's blocks, in order (empty ones left out). */
export function blockTexts(content: unknown): string[] {
  interface Node {
    type?: string;
    text?: string;
    children?: Node[];
  }
  const textOf = (node: Node): string => (node.type === 'text' ? (node.text ?? '') : (node.children ?? []).map(textOf).join(''));
  const root = (content as { root: Node }).root;
  return (root.children ?? []).map(textOf).filter((text) => text !== '');
}
