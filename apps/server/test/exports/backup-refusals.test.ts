import fs from 'node:fs/promises';
import path from 'node:path';
import type { ItemSummary, SpaceSummary } from '@kopa/protocol';
import { makeTempDir } from '@kopa/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { RESTORE_LIMITS } from '../../src/exports/backup/backup-zip.js';
import { restoreBackup } from '../../src/exports/backup/restore-backup.js';
import { RestoreError } from '../../src/exports/backup/restore-error.js';
import { getJson, login, sendJson } from '../support/api-client.js';
import { expectOk } from '../support/second-partnership.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { png } from '../uploads/picture-samples.js';
import { uploadPicture } from '../uploads/upload-client.js';
import { backupToFile, makeZip, readZip, tamper } from './backup-files.js';

/**
 * Restore checks the backup before anything becomes the data folder: a damaged, changed,
 * oversized, foreign or malicious file is refused with one sentence, and the data folder is
 * exactly as it was (absent, or empty) with nothing left beside it.
 */
describe('restore refuses what is not a sound Kopa backup, changing nothing', () => {
  let server: TestServer;
  let work: Awaited<ReturnType<typeof makeTempDir>>;
  let good: string;
  let docId: string;
  let boardDocId: string;
  let pictureEntry: string;
  let count = 0;

  const file = (name: string) => path.join(work.path, name);
  /** A fresh place for a data folder: absent, or an empty folder. */
  const target = async (existing: boolean) => {
    const dir = file(`data-${++count}`);
    if (existing) await fs.mkdir(dir);
    return dir;
  };

  /** Restoring `zip` fails with a RestoreError saying `message`; the data folder did not change. */
  const expectRefused = async (zip: string, message: string | RegExp, options: Parameters<typeof restoreBackup>[2] = {}) => {
    for (const existing of [false, true]) {
      const dataDir = await target(existing);
      const failure = await restoreBackup(zip, dataDir, { synchronous: 'NORMAL', ...options }).then(
        () => null,
        (error: unknown) => error,
      );
      expect(failure).toBeInstanceOf(RestoreError);
      expect((failure as Error).message).toMatch(message);
      // One sentence (or two short ones), never a stack trace.
      expect((failure as Error).message).not.toMatch(/\n|at .*\.ts:/);
      if (existing) expect(await fs.readdir(dataDir)).toEqual([]);
      else await expect(fs.stat(dataDir)).rejects.toMatchObject({ code: 'ENOENT' });
    }
    expect((await fs.readdir(work.path)).filter((name) => name.includes('restoring'))).toEqual([]);
  };

  beforeAll(async () => {
    work = await makeTempDir('kopa-refusals-');
    server = await startTestServer();
    const ilze = await login(server.url, 'ilze');
    const janis = await login(server.url, 'janis');
    const spaces = (await getJson<SpaceSummary[]>(server.url, '/api/spaces', janis.cookie)).body;
    const welcome = spaces.find((space) => space.title === 'Welcome')!;
    docId = welcome.items.find((item) => item.title === 'Our first words')!.docId;
    await expectOk(uploadPicture(server.url, welcome.id, await png(400, 300), { cookie: janis.cookie }), 'upload a picture');
    boardDocId = (
      await expectOk(
        sendJson<ItemSummary>(server.url, 'POST', `/api/spaces/${welcome.id}/items`, { cookie: janis.cookie, body: { type: 'board', title: 'Plans' } }),
        'create a board',
      )
    ).docId;
    good = file('good.zip');
    await backupToFile(server.url, ilze.cookie, ilze.me.partnershipId!, good);
    const names = [...(await readZip(await fs.readFile(good))).keys()];
    pictureEntry = names.find((name) => name.startsWith('files/'))!;
  }, 60_000);
  afterAll(async () => {
    await server?.stop();
    await work?.remove();
  });

  it('restores the untouched backup (the refusals below are about the changes alone)', async () => {
    const dataDir = await target(true);
    await expect(restoreBackup(good, dataDir, { synchronous: 'NORMAL' })).resolves.toMatchObject({ partnershipTitle: 'Together in our diversity' });
  });

  it('refuses a non-empty data folder before reading the backup', async () => {
    const dataDir = await target(true);
    await fs.writeFile(path.join(dataDir, 'kopa.db'), 'precious');
    await expect(restoreBackup(good, dataDir)).rejects.toThrow(`The data folder ${dataDir} is not empty`);
    expect(await fs.readFile(path.join(dataDir, 'kopa.db'), 'utf8')).toBe('precious');
    await expect(restoreBackup(file('nowhere.zip'), await target(false))).rejects.toThrow('There is no file');
  });

  it('refuses a corrupt zip', async () => {
    const bytes = await fs.readFile(good);
    await fs.writeFile(file('truncated.zip'), bytes.subarray(0, Math.floor(bytes.length / 2)));
    await expectRefused(file('truncated.zip'), 'truncated.zip is not a Kopa backup: it is not a zip file, or it is damaged.');
    await fs.writeFile(file('noise.zip'), Buffer.from(Array.from({ length: 5000 }, (_, index) => (index * 7919) % 251)));
    await expectRefused(file('noise.zip'), 'noise.zip is not a Kopa backup: it is not a zip file, or it is damaged.');
  });

  it('refuses an entry whose bytes no longer match the checksum in the manifest', async () => {
    await tamper(
      good,
      file('checksum.zip'),
      (entries) => {
        const items = entries.get('tables/items.json')!.toString('utf8');
        // The same size, one letter changed: only the checksum tells.
        entries.set('tables/items.json', Buffer.from(items.replace('Our first words', 'Our first wordz')));
      },
      { sign: false },
    );
    await expectRefused(file('checksum.zip'), 'The backup is damaged or was changed: the checksum of tables/items.json does not match its manifest.');
  });

  it('refuses an oversized entry (a zip bomb) from its declared size, before inflating it', async () => {
    await tamper(good, file('bomb.zip'), (entries) => entries.set(`docs/${docId}.yjs`, Buffer.alloc(RESTORE_LIMITS.maxYjsBytes + 1024 * 1024)));
    expect((await fs.stat(file('bomb.zip'))).size).toBeLessThan(2 * 1024 * 1024);
    await expectRefused(file('bomb.zip'), `The backup is refused: docs/${docId}.yjs would unpack to 65.0 MiB, more than the 64.0 MiB one file of a backup may hold.`);
    await expectRefused(good, /^The backup is refused: it would unpack to .*, more than the 1000 bytes a backup may hold\.$/, {
      limits: { ...RESTORE_LIMITS, maxTotalBytes: 1000 },
    });
  });

  it('refuses a foreign zip', async () => {
    await makeZip(new Map([['holiday.txt', Buffer.from('Not a backup')]]), file('holiday.zip'));
    await expectRefused(file('holiday.zip'), 'holiday.zip is not a Kopa backup: it has no manifest.json.');
    await makeZip(new Map([['manifest.json', Buffer.from(JSON.stringify({ name: 'Some web app', start_url: '/' }))]]), file('webapp.zip'));
    await expectRefused(file('webapp.zip'), 'webapp.zip is not a Kopa backup: its manifest.json describes something else.');
    await tamper(good, file('newer.zip'), (_entries, manifest) => (manifest.formatVersion = 2));
    await expectRefused(file('newer.zip'), 'newer.zip was made by a newer Kopa (backup format 2): update this Kopa, then restore it.');
  });

  it('refuses a backup with a malicious Yjs update in a document', async () => {
    const evil = new Y.Doc();
    evil.getMap('evil').set('onload', '<img src=x onerror=alert(1)>');
    await tamper(good, file('evil-root.zip'), (entries) => entries.set(`docs/${docId}.yjs`, Buffer.from(Y.encodeStateAsUpdate(evil))));
    await expectRefused(file('evil-root.zip'), `The backup is refused: docs/${docId}.yjs is not content Kopa writes (unexpected property key).`);

    const script = new Y.Doc();
    const paragraph = new Y.XmlText();
    script.get('root', Y.XmlText).insertEmbed(0, paragraph);
    paragraph.setAttribute('__type', 'script');
    await tamper(good, file('evil-node.zip'), (entries) => entries.set(`docs/${docId}.yjs`, Buffer.from(Y.encodeStateAsUpdate(script))));
    await expectRefused(file('evil-node.zip'), /^The backup is refused: docs\/.*\.yjs is not content Kopa writes \(.+\)\.$/);

    await tamper(good, file('garbage.zip'), (entries) => entries.set(`docs/${docId}.yjs`, Buffer.from([0xff, 0xff, 0xff, 0xff, 0x0f, 0x01, 0x02])));
    await expectRefused(file('garbage.zip'), /is not content Kopa writes \((it cannot be decoded|the update cannot be decoded)\)\.$/);
    // A document's content where a board belongs is refused by the board's guard.
    await tamper(good, file('swapped.zip'), (entries) => entries.set(`docs/${boardDocId}.yjs`, entries.get(`docs/${docId}.yjs`)!));
    await expectRefused(file('swapped.zip'), `docs/${boardDocId}.yjs is not content Kopa writes`);
  });

  it('refuses rows that were changed, even with a manifest to match: an administrator, another partnership, a stray file', async () => {
    const editRows = (table: string, change: (rows: Record<string, unknown>[]) => void) => (entries: Map<string, Buffer>) => {
      const rows = JSON.parse(entries.get(`tables/${table}.json`)!.toString('utf8')) as Record<string, unknown>[];
      change(rows);
      entries.set(`tables/${table}.json`, Buffer.from(JSON.stringify(rows)));
    };
    await tamper(good, file('admin.zip'), editRows('users', (rows) => (rows[0]!.is_admin = 1)));
    await expectRefused(file('admin.zip'), /^The backup is damaged or was changed: row 1 of tables\/users\.json is not valid \(is_admin: must be 0: a backup never makes an administrator\)\.$/);

    await tamper(good, file('foreign-rows.zip'), editRows('spaces', (rows) => (rows[0]!.partnership_id = 'another-partnership')));
    await expectRefused(file('foreign-rows.zip'), 'The backup is inconsistent: tables/spaces.json holds rows of another partnership.');

    await tamper(good, file('dangling.zip'), editRows('team_members', (rows) => (rows[0]!.user_id = 'nobody-at-all')));
    await expectRefused(file('dangling.zip'), 'The backup is inconsistent: a row of team_members refers to a row of users that is not in it.');

    await tamper(good, file('unlisted.zip'), (entries) => entries.set('run-me.sh', Buffer.from('#!/bin/sh')), { sign: false });
    await expectRefused(file('unlisted.zip'), 'The backup was changed: it holds run-me.sh, which its manifest does not list.');
    await tamper(good, file('stray.zip'), (entries) => entries.set('run-me.sh', Buffer.from('#!/bin/sh')));
    await expectRefused(file('stray.zip'), 'The backup holds a file Kopa does not know, run-me.sh: it was changed, or it is not a Kopa backup.');

    await tamper(good, file('not-webp.zip'), (entries) => entries.set(pictureEntry, Buffer.from('<svg onload="alert(1)"/>')));
    await expectRefused(file('not-webp.zip'), `The backup is refused: ${pictureEntry} is not a WebP picture.`);
    await tamper(good, file('missing.zip'), (entries) => entries.delete(pictureEntry));
    await expectRefused(file('missing.zip'), /^The backup is incomplete: the picture .* has no files\/.*\.webp\.$/);
  });
});
