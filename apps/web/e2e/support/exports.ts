import fs from 'node:fs/promises';
import path from 'node:path';
import type { ExportFormatName, ExportJob } from '@kopa/protocol';
import { waitFor } from '@kopa/testkit';
import yauzl from 'yauzl';
import type { ApiUser } from './blog-posts';

/** Starts an export of the user's whole partnership, as the Export panel does, and waits until it is done. */
export async function finishedExport(user: ApiUser, format: ExportFormatName): Promise<ExportJob> {
  const started = await user.call<ExportJob>('POST', `/partnerships/${user.me.partnershipId}/exports`, { format, language: 'en' });
  let job = started;
  await waitFor(
    async () => {
      job = await user.call<ExportJob>('GET', `/exports/${started.id}`);
      return job.status !== 'running';
    },
    { message: `the ${format} export`, timeout: 60_000 },
  );
  if (job.status !== 'done') throw new Error(`the ${format} export failed: ${job.error}`);
  return job;
}

/** The finished export's zip, downloaded with the user's session as the browser would. */
export async function downloadExport(baseUrl: string, user: ApiUser, job: ExportJob): Promise<Buffer> {
  const response = await fetch(`${baseUrl}${job.downloadUrl}`, { headers: { cookie: user.cookie } });
  if (response.status !== 200) throw new Error(`download of ${job.format}: ${response.status} ${await response.text()}`);
  return Buffer.from(await response.arrayBuffer());
}

/** Unzips every entry into the folder (names are checked by yauzl: nothing lands outside it). */
export async function unzipInto(bytes: Buffer, folder: string): Promise<void> {
  const zip = await yauzl.fromBufferPromise(bytes, { lazyEntries: true, strictFileNames: true });
  for await (const entry of zip.eachEntry()) {
    const target = path.join(folder, entry.fileName);
    await fs.mkdir(path.dirname(target), { recursive: true });
    const chunks: Buffer[] = [];
    for await (const chunk of (await zip.openReadStreamPromise(entry)) as AsyncIterable<Buffer>) chunks.push(chunk);
    await fs.writeFile(target, Buffer.concat(chunks));
  }
}

/** Exports the partnership's website as the coordinator and unzips it into the folder; returns its pages (relative paths). */
export async function exportSite(baseUrl: string, coordinator: ApiUser, folder: string): Promise<string[]> {
  await unzipInto(await downloadExport(baseUrl, coordinator, await finishedExport(coordinator, 'site')), folder);
  return (await fs.readdir(folder, { recursive: true })).filter((name) => name.endsWith('.html')).sort();
}

/** A backup of the whole partnership, taken by its coordinator and kept in a file, as an operator would. */
export async function backupToFile(baseUrl: string, coordinator: ApiUser, file: string): Promise<void> {
  await fs.writeFile(file, await downloadExport(baseUrl, coordinator, await finishedExport(coordinator, 'backup')));
}
