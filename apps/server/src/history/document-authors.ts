import { authorshipRuns, topLevelBlockWriters } from '@kopa/editor';
import type { Credit, DocumentAuthor } from '@kopa/protocol';
import * as Y from 'yjs';
import type { CreditDirectory } from '../directory/credit-directory.js';
import type { DocAuthorRepository } from './doc-author-repository.js';

interface Authorship {
  userId: string;
  clientIds: number[];
  /** Characters of visible text this person typed. */
  visibleText: number;
}

/** Who wrote a document: its client ids mapped to people, weighed by the text each still has in it. */
export class DocumentAuthors {
  constructor(
    private readonly owners: DocAuthorRepository,
    private readonly credits: CreditDirectory,
  ) {}

  /**
   * The credits of a state of the document (a version, or the live state): the
   * people whose text is visible in it, most text first.
   */
  authorsOf(docId: string, state: Uint8Array): Credit[] {
    const writers = this.weigh(docId, state).filter((writer) => writer.visibleText > 0);
    return this.credits.credits(writers.map((writer) => writer.userId));
  }

  /** Everyone who wrote in the document with their client ids (for colouring), most visible text first. */
  authors(docId: string, state: Uint8Array): DocumentAuthor[] {
    return this.weigh(docId, state).flatMap((writer) => {
      const credit = this.credits.credit(writer.userId);
      return credit ? [{ ...credit, clientIds: writer.clientIds }] : [];
    });
  }

  /**
   * For each top-level block of a state of the document, in order, the person who
   * wrote most of its text (null when nobody known did, or it has no text).
   */
  blockWriters(docId: string, state: Uint8Array): (string | null)[] {
    const owners = this.owners.owners(docId);
    return charactersByBlock(state).map((counts) => {
      const byUser = new Map<string, number>();
      for (const [clientId, characters] of counts) {
        const userId = owners.get(clientId);
        if (userId !== undefined) byUser.set(userId, (byUser.get(userId) ?? 0) + characters);
      }
      let writer: string | null = null;
      for (const [userId, characters] of byUser) if (writer === null || characters > byUser.get(writer)!) writer = userId;
      return writer;
    });
  }

  private weigh(docId: string, state: Uint8Array): Authorship[] {
    const textByClient = visibleTextByClient(state);
    const byUser = new Map<string, Authorship>();
    for (const [clientId, userId] of this.owners.owners(docId)) {
      let writer = byUser.get(userId);
      if (!writer) {
        writer = { userId, clientIds: [], visibleText: 0 };
        byUser.set(userId, writer);
      }
      writer.clientIds.push(clientId);
      writer.visibleText += textByClient.get(clientId) ?? 0;
    }
    // Stable sort: equal amounts keep the order in which people first wrote.
    return [...byUser.values()].sort((a, b) => b.visibleText - a.visibleText);
  }
}

function visibleTextByClient(state: Uint8Array): Map<number, number> {
  const doc = new Y.Doc();
  try {
    Y.applyUpdate(doc, state);
    const lengths = new Map<number, number>();
    for (const block of authorshipRuns(doc)) {
      for (const run of block.runs) lengths.set(run.clientId, (lengths.get(run.clientId) ?? 0) + run.text.trim().length);
    }
    return lengths;
  } finally {
    doc.destroy();
  }
}

function charactersByBlock(state: Uint8Array): Map<number, number>[] {
  const doc = new Y.Doc();
  try {
    Y.applyUpdate(doc, state);
    return topLevelBlockWriters(doc);
  } finally {
    doc.destroy();
  }
}
