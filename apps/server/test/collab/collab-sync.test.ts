import { createUndoManager } from '@lexical/yjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { firstWords, login } from '../support/api-client.js';
import { connectCollabClient, type CollabClient } from '../support/collab-client.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { waitFor } from '@kopa/testkit';

describe('two collaborators on one Lexical document', () => {
  let server: TestServer;
  let docId: string;
  let janis: CollabClient;
  let lucia: CollabClient;

  beforeAll(async () => {
    server = await startTestServer();
    const janisSession = await login(server.url, 'janis');
    const luciaSession = await login(server.url, 'lucia');
    docId = (await firstWords(server.url, janisSession.cookie)).docId;
    janis = connectCollabClient(server.url, docId, { cookie: janisSession.cookie });
    lucia = connectCollabClient(server.url, docId, { cookie: luciaSession.cookie });
    await Promise.all([janis.synced(), lucia.synced()]);
  });

  afterAll(async () => {
    janis?.destroy();
    lucia?.destroy();
    await server?.stop();
  });

  it('both open the seeded content', async () => {
    await waitFor(() => janis.text().includes('Our first words') && lucia.text().includes('Our first words'));
    expect(janis.text()).toBe(lucia.text());
  });

  it('edits from both sides, at the same time, converge', async () => {
    for (let i = 0; i < 20; i++) {
      janis.appendParagraph(`Sveiki no Daugavpils ${i}`);
      lucia.appendParagraph(`Hola desde Gijón ${i}`);
    }
    await waitFor(() => janis.text() === lucia.text() && janis.text().includes('Gijón 19') && lucia.text().includes('Daugavpils 19'), {
      message: 'both editors to show all forty paragraphs',
    });
    for (let i = 0; i < 20; i++) {
      expect(janis.text()).toContain(`Sveiki no Daugavpils ${i}`);
      expect(janis.text()).toContain(`Hola desde Gijón ${i}`);
    }
  });

  it('undo takes back only the undoer’s own edit', async () => {
    const root = janis.doc.get('root') as Y.XmlText;
    const undo = createUndoManager(janis.binding, root);
    janis.appendParagraph('Janis will take this back');
    undo.stopCapturing();
    lucia.appendParagraph('Lucia keeps this');
    await waitFor(() => janis.text().includes('Lucia keeps this') && lucia.text().includes('Janis will take this back'));

    undo.undo();
    await waitFor(() => !lucia.text().includes('Janis will take this back'), { message: 'the undo to reach Lucía' });
    expect(lucia.text()).toContain('Lucia keeps this');
    expect(janis.text()).toContain('Lucia keeps this');
    expect(janis.text()).toBe(lucia.text());
    undo.destroy();
  });

  it('shows each collaborator’s name, with the server’s spelling', async () => {
    lucia.provider.awareness.setLocalStateField('name', 'Somebody Else');
    await waitFor(() =>
      [...janis.provider.awareness.getStates().values()].some((state) => state.name === 'Lucía (ES)'),
      { message: 'Lucía’s caret label at Jānis' },
    );
    const names = [...janis.provider.awareness.getStates().values()].map((state) => state.name);
    expect(names).not.toContain('Somebody Else');
  });
});
