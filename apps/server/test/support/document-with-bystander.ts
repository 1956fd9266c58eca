import { firstWords, login } from './api-client.js';
import { connectCollabClient, type CollabClient } from './collab-client.js';
import { startTestServer, type TestServer } from './test-server.js';

export interface DocumentWithBystander {
  server: TestServer;
  docId: string;
  /** The session of the user who will send odd messages. */
  cookie: string;
  /** An ordinary collaborator, connected all along, who must not notice anything. */
  bystander: CollabClient;
  close(): Promise<void>;
}

/** A fresh server with the demo document open by a well-behaved client, for tests that misbehave on it. */
export async function documentWithBystander(sender: string, bystanderName: string): Promise<DocumentWithBystander> {
  const server = await startTestServer();
  const { cookie } = await login(server.url, sender);
  const docId = (await firstWords(server.url, cookie)).docId;
  const bystander = connectCollabClient(server.url, docId, { cookie: (await login(server.url, bystanderName)).cookie });
  await bystander.synced();
  return {
    server,
    docId,
    cookie,
    bystander,
    async close() {
      bystander.destroy();
      await server.stop();
    },
  };
}
