import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import type { ExportJob } from '@kopa/protocol';
import { waitFor } from '@kopa/testkit';
import yauzl from 'yauzl';
import yazl from 'yazl';
import { sendJson } from '../support/api-client.js';
import { expectOk } from '../support/second-partnership.js';

/** Starts a backup of the whole partnership over REST, as the web app does. */
export function startBackup(baseUrl: string, cookie: string, partnershipId: string): Promise<ExportJob> {
  return expectOk(
    sendJson<ExportJob>(baseUrl, 'POST', `/api/partnerships/${partnershipId}/exports`, { cookie, body: { format: 'backup' } }),
    'start a backup',
  );
}

/** Waits until the export is no longer running, and returns it. */
export async function finishedExport(baseUrl: string, cookie: string, jobId: string): Promise<ExportJob> {
  let job: ExportJob | undefined;
  await waitFor(
    async () => {
      job = await expectOk(sendJson<ExportJob>(baseUrl, 'GET', `/api/exports/${jobId}`, { cookie }), 'read the export');
      return job.status !== 'running';
    },
    { message: `export ${jobId} to finish`, timeout: 60_000, interval: 50 },
  );
  return job!;
}

/** The finished export's bytes, downloaded as a browser would. */
export async function download(baseUrl: string, cookie: string, job: ExportJob): Promise<Buffer> {
  const response = await fetch(`${baseUrl}${job.downloadUrl}`, { headers: { cookie } });
  if (response.status !== 200) throw new Error(`download: ${response.status} ${await response.text()}`);
  return Buffer.from(await response.arrayBuffer());
}

/** A backup made on the server and saved to a file, as an operator would keep it. */
export async function backupToFile(baseUrl: string, cookie: string, partnershipId: string, file: string): Promise<ExportJob> {
  const started = await startBackup(baseUrl, cookie, partnershipId);
  const job = await finishedExport(baseUrl, cookie, started.id);
  if (job.status !== 'done') throw new Error(`the backup failed: ${job.error}`);
  await fs.writeFile(file, await download(baseUrl, cookie, job));
  return job;
}

/** Every entry of a zip, by name. */
export async function readZip(bytes: Buffer): Promise<Map<string, Buffer>> {
  const zip = await yauzl.fromBufferPromise(bytes, { lazyEntries: true });
  const entries = new Map<string, Buffer>();
  for await (const entry of zip.eachEntry()) {
    const chunks: Buffer[] = [];
    for await (const chunk of (await zip.openReadStreamPromise(entry)) as AsyncIterable<Buffer>) chunks.push(chunk);
    entries.set(entry.fileName, Buffer.concat(chunks));
  }
  return entries;
}

/** A zip of these entries, in this order. */
export async function makeZip(entries: ReadonlyMap<string, Uint8Array>, file: string): Promise<void> {
  const zip = new yazl.ZipFile();
  for (const [name, bytes] of entries) zip.addBuffer(Buffer.from(bytes), name);
  zip.end();
  const chunks: Buffer[] = [];
  for await (const chunk of zip.outputStream as AsyncIterable<Buffer>) chunks.push(chunk);
  await fs.writeFile(file, Buffer.concat(chunks));
}

interface ManifestLike {
  entries: { path: string; size: number; sha256: string }[];
  [key: string]: unknown;
}

/**
 * A copy of a backup with some entries changed. `sign` (the default) writes the new sizes and
 * checksums into the manifest, as someone who knows the format would: then only the deeper
 * checks can catch the change.
 */
export async function tamper(
  source: string,
  target: string,
  change: (entries: Map<string, Buffer>, manifest: ManifestLike) => void,
  options: { sign?: boolean } = {},
): Promise<void> {
  const entries = await readZip(await fs.readFile(source));
  const manifest = JSON.parse(entries.get('manifest.json')!.toString('utf8')) as ManifestLike;
  change(entries, manifest);
  if (options.sign ?? true) {
    manifest.entries = [...entries.keys()]
      .filter((name) => name !== 'manifest.json')
      .map((name) => ({ path: name, size: entries.get(name)!.length, sha256: createHash('sha256').update(entries.get(name)!).digest('hex') }));
  }
  entries.set('manifest.json', Buffer.from(JSON.stringify(manifest)));
  await makeZip(entries, target);
}
