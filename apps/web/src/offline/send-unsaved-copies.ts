import * as Y from 'yjs';
import { syncServerUrl } from '../editor/collab-provider';
import type { CopyEntry } from './copies-index';
import { readCopies } from './copies-store';
import { LocalCopy } from './local-copy';
import { OnlineAwareProvider } from './online-aware-provider';

/** How long one copy may take to be sent and confirmed before the next one's turn. */
const SEND_TIMEOUT_MS = 60_000;

/**
 * After a login: sends what this person wrote offline and had not been saved when they
 * left (copies the index marks unsaved), one copy at a time, without opening the items.
 * Each goes through a LocalCopy, as on the item's page: it is stored once the server
 * confirms, and if the server refuses it (rights changed meanwhile) its text is kept to
 * copy and the copy deleted. Loaded only when there is something to send.
 */
export async function sendUnsavedCopies(userId: string, signal: AbortSignal): Promise<void> {
  for (const entry of readCopies(userId).filter((copy) => copy.unsaved)) {
    if (signal.aborted) return;
    await sendCopy(userId, entry, signal);
  }
}

async function sendCopy(userId: string, entry: CopyEntry, signal: AbortSignal): Promise<void> {
  const doc = new Y.Doc();
  const provider = new OnlineAwareProvider(syncServerUrl(), entry.docId, doc);
  const copy = new LocalCopy(provider, { userId, itemId: entry.itemId, kind: entry.kind, title: entry.title });
  try {
    await new Promise<void>((resolve) => {
      const finish = () => {
        clearTimeout(timer);
        signal.removeEventListener('abort', finish);
        resolve();
      };
      const timer = setTimeout(finish, SEND_TIMEOUT_MS);
      signal.addEventListener('abort', finish);
      // Saved (confirmed by the server, including what was loaded from the device), or refused and kept to copy.
      copy.on('change', (state) => {
        if (!state.pending) finish();
      });
      copy.on('refused', finish);
      // The server closed it for good (access gone, session ended): the copy waits for next time, or was kept to copy.
      provider.on('closed', finish);
      provider.connect();
    });
  } finally {
    copy.destroy();
    provider.destroy();
    doc.destroy();
  }
}
