import { authorshipRuns, authorshipText } from '@kopa/editor';
import type { VersionDiff } from '@kopa/protocol';
import { diffWordsWithSpace } from 'diff';
import * as Y from 'yjs';

/** A diff that would take longer than this is shown as "all removed, all added" instead. */
const DIFF_TIMEOUT_MS = 1000;

/** The plain text of a document state, one line per paragraph (heading, list item…). */
export function plainTextOf(state: Uint8Array): string {
  const doc = new Y.Doc();
  try {
    Y.applyUpdate(doc, state);
    return authorshipText(authorshipRuns(doc));
  } finally {
    doc.destroy();
  }
}

/** What changed from `before` to `after`, word by word (a paragraph break is a change of its own). */
export function diffTexts(before: string, after: string): VersionDiff {
  const changes = diffWordsWithSpace(before, after, { timeout: DIFF_TIMEOUT_MS });
  if (!changes) {
    const wholesale: VersionDiff['changes'] = [
      { type: 'delete', text: before },
      { type: 'insert', text: after },
    ];
    return { changes: wholesale.filter((change) => change.text !== '') };
  }
  return {
    changes: changes.map((change) => ({
      type: change.added ? 'insert' : change.removed ? 'delete' : 'equal',
      text: change.value,
    })),
  };
}
