import { CLOSE_CODES } from '@kopa/protocol';
import { waitFor } from '@kopa/testkit';
import type { CollabClient } from './collab-client.js';
import { readStoredText } from './stored-document.js';
import type { TestServer } from './test-server.js';

let markers = 0;

/**
 * Has the server dealt with everything the writer sent so far? It handles a connection's
 * messages in order, so once the watcher sees the writer's next awareness change, the
 * writer's earlier edits were relayed. A refused edit closes the writer's connection
 * (4409) instead, which answers the question too.
 */
export async function writerFlushed(writer: Pick<CollabClient, 'provider'>, watcher: Pick<CollabClient, 'provider'>): Promise<void> {
  const marker = `probe-${++markers}`;
  let refused = false;
  const onClose = (event: CloseEvent | null) => {
    if (event?.code === CLOSE_CODES.refusedEdits) refused = true;
  };
  writer.provider.on('connection-close', onClose);
  try {
    writer.provider.awareness.setLocalStateField('probe', marker);
    await waitFor(() => refused || [...watcher.provider.awareness.getStates().values()].some((state) => state.probe === marker), {
      message: `the watcher to see awareness ${marker}, or the writer to be refused`,
    });
  } finally {
    writer.provider.off('connection-close', onClose);
  }
}

/** Whether text made it into the stored document (after everything queued is on disk). */
export async function isStored(server: TestServer, docId: string, text: string): Promise<boolean> {
  await server.registry.queue.idle();
  return (await readStoredText(server.dataDir, docId)).includes(text);
}
