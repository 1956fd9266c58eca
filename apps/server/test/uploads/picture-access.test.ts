import type { ApiError, UploadedImage } from '@kopa/protocol';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { login, sendJson, type LoggedIn } from '../support/api-client.js';
import { createSecondPartnership, expectOk, type SecondPartnership } from '../support/second-partnership.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { png } from './picture-samples.js';
import { fetchFile, storedFiles, uploadPicture, welcomeSpaceId } from './upload-client.js';

describe('who may upload and see pictures', () => {
  let server: TestServer;
  let janis: LoggedIn;
  let spaceId: string;
  let picture: Buffer;
  let uploaded: UploadedImage;
  let second: SecondPartnership;

  beforeAll(async () => {
    server = await startTestServer();
    janis = await login(server.url, 'janis');
    spaceId = await welcomeSpaceId(server.url, janis.cookie);
    picture = await png(800, 600);
    uploaded = await expectOk(
      uploadPicture<UploadedImage>(server.url, spaceId, picture, { cookie: janis.cookie }),
      'upload as janis',
    );
    second = await createSecondPartnership(server);
  });
  afterAll(() => server?.stop());

  /** Uploads as someone who may not, and checks nothing reached the files directory. */
  const refusedUpload = async (targetSpaceId: string, options: { cookie?: string; origin?: string }) => {
    const before = await storedFiles(server.dataDir);
    const response = await uploadPicture<ApiError>(server.url, targetSpaceId, picture, options);
    expect(await storedFiles(server.dataDir)).toEqual(before);
    return response;
  };

  it('lets every member of the partnership see it, guests and other schools included', async () => {
    for (const username of ['janis', 'lucia', 'carmen', 'guest']) {
      const { cookie } = await login(server.url, username);
      const response = await fetchFile(server.url, uploaded.url, cookie);
      expect(response.status, username).toBe(200);
      expect(response.headers.get('content-type')).toBe('image/webp');
    }
  });

  it('refuses an upload from a guest, who may only read the space', async () => {
    const { cookie } = await login(server.url, 'guest');
    const { status, body } = await refusedUpload(spaceId, { cookie });
    expect(status).toBe(403);
    expect(body.code).toBe('forbidden');
  });

  it('hides the space from someone of another partnership', async () => {
    const { status, body } = await refusedUpload(spaceId, { cookie: second.bea.cookie });
    expect(status).toBe(404);
    expect(body.code).toBe('not_found');
    expect((await refusedUpload('no-such-space', { cookie: janis.cookie })).status).toBe(404);
  });

  it('needs a session to upload', async () => {
    const { status, body } = await refusedUpload(spaceId, {});
    expect(status).toBe(401);
    expect(body.code).toBe('unauthenticated');
  });

  it('refuses an upload sent from another website with the session cookie', async () => {
    const { status, body } = await refusedUpload(spaceId, { cookie: janis.cookie, origin: 'https://attacker.example' });
    expect(status).toBe(403);
    expect(body.code).toBe('foreign_origin');
  });

  it('does not show the picture to another partnership, nor to anyone signed out', async () => {
    for (const cookie of [second.bea.cookie, undefined, 'kopa_session=not-a-real-session-token-at-all']) {
      const response = await fetchFile(server.url, uploaded.url, cookie);
      expect(response.status).toBe(404);
      expect(response.headers.get('content-type')).toMatch(/^application\/json/);
      expect(((await response.json()) as ApiError).code).toBe('not_found');
    }
  });

  it('answers 404 for widths, names and ids that are not stored', async () => {
    for (const path of [
      `/files/${uploaded.id}/1920.webp`,
      `/files/${uploaded.id}/800.png`,
      `/files/${uploaded.id}/..%2F..%2Fkopa.db`,
      `/files/${uploaded.id}`,
      '/files/00000000-0000-0000-0000-000000000000/800.webp',
    ]) {
      const response = await fetchFile(server.url, path, janis.cookie);
      expect(response.status, path).toBe(404);
    }
  });

  it('refuses uploads once the team is archived, and takes them again after restoring', async () => {
    const ilze = await login(server.url, 'ilze');
    const welcome = await expectOk(
      sendJson<{ teamId: string }>(server.url, 'GET', `/api/spaces/${spaceId}`, { cookie: ilze.cookie }),
      'read Welcome',
    );
    const teamId = welcome.teamId;
    await expectOk(sendJson(server.url, 'DELETE', `/api/teams/${teamId}`, { cookie: ilze.cookie }), 'archive Welcome');

    const { status, body } = await refusedUpload(spaceId, { cookie: janis.cookie });
    expect(status).toBe(403);
    expect(body.code).toBe('forbidden');
    // Archived is read-only, not hidden: the pictures still show.
    expect((await fetchFile(server.url, uploaded.url, janis.cookie)).status).toBe(200);

    await expectOk(sendJson(server.url, 'POST', `/api/teams/${teamId}/restore`, { cookie: ilze.cookie }), 'restore Welcome');
    expect((await uploadPicture(server.url, spaceId, picture, { cookie: janis.cookie })).status).toBe(201);
  });
});
