import { readDocumentContent } from '@kopa/editor';
import type { ItemType } from '@kopa/protocol';
import * as Y from 'yjs';
import { contentText } from '../blog/post-content.js';
import type { DocAuthorRepository } from '../history/doc-author-repository.js';
import type { DocumentAuthors } from '../history/document-authors.js';
import type { VersionRepository } from '../history/version-repository.js';
import { picturesInDocument, picturesOnBoard } from './item-pictures.js';

/** What the showcase needs of one approved version: read once, kept (versions never change). */
export interface FrozenContent {
  /** Documents and posts: the serialized Lexical state. */
  document: unknown;
  /** Boards: the Yjs state, drawn per page (the pictures' addresses depend on the showcase's). */
  boardState: Uint8Array | null;
  /** Every picture it shows (see item-pictures.ts). */
  pictures: ReadonlySet<string>;
  /** A document's plain text (excerpts, the page's description); '' for boards. */
  text: string;
  /** Who wrote it, most text first (documents), or who changed the board. */
  writerIds: readonly string[];
}

export interface FrozenContentDeps {
  versions: VersionRepository;
  authors: Pick<DocumentAuthors, 'authorsOf'>;
  owners: Pick<DocAuthorRepository, 'owners'>;
}

const CACHED_VERSIONS = 200;

/** Reads versions for the showcase, with a small cache keyed by version id. */
export class FrozenContents {
  private readonly cache = new Map<string, FrozenContent>();

  constructor(private readonly deps: FrozenContentDeps) {}

  /** A version of an item as the showcase uses it; null when the version is gone. */
  async version(item: { id: string; type: ItemType; docId: string }, versionId: string): Promise<FrozenContent | null> {
    const cached = this.cache.get(versionId);
    if (cached) {
      // Most recently used last: the oldest is the first to go.
      this.cache.delete(versionId);
      this.cache.set(versionId, cached);
      return cached;
    }
    const version = this.deps.versions.find(item.id, versionId);
    if (!version) return null;
    const content = await this.read(item.type, item.docId, version.state);
    this.cache.set(versionId, content);
    if (this.cache.size > CACHED_VERSIONS) this.cache.delete(this.cache.keys().next().value!);
    return content;
  }

  /** Any state of an item (what approving would freeze), not cached. */
  async read(type: ItemType, docId: string, state: Uint8Array): Promise<FrozenContent> {
    if (type === 'board') {
      return { document: null, boardState: state, pictures: picturesOnBoard(state), text: '', writerIds: this.boardWriters(docId, state) };
    }
    const document = await readDocumentContent(state);
    return {
      document,
      boardState: null,
      pictures: picturesInDocument(document),
      text: contentText(document),
      writerIds: this.deps.authors.authorsOf(docId, state).map((credit) => credit.userId),
    };
  }

  /** Everyone whose Yjs client changed the board up to this state, in the order they first did. */
  private boardWriters(docId: string, state: Uint8Array): string[] {
    const clients = Y.decodeStateVector(Y.encodeStateVectorFromUpdate(state));
    const owners = this.deps.owners.owners(docId);
    const writers: string[] = [];
    for (const [clientId, userId] of owners) {
      if (clients.has(clientId) && !writers.includes(userId)) writers.push(userId);
    }
    return writers;
  }
}
