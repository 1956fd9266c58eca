import path from 'node:path';
import type { ExportFormatName, ExportJob } from '@kopa/protocol';
import { sendJson } from '../support/api-client.js';
import { expectOk } from '../support/second-partnership.js';
import { download, finishedExport, readZip } from './backup-files.js';

/** Starts an export over REST as the web app does, waits for it, and returns its zip's entries. */
export async function exportZip(
  baseUrl: string,
  cookie: string,
  partnershipId: string,
  body: { format: ExportFormatName; spaceId?: string; language?: string },
): Promise<{ job: ExportJob; entries: Map<string, Buffer> }> {
  const started = await expectOk(sendJson<ExportJob>(baseUrl, 'POST', `/api/partnerships/${partnershipId}/exports`, { cookie, body }), `start a ${body.format} export`);
  const job = await finishedExport(baseUrl, cookie, started.id);
  if (job.status !== 'done') throw new Error(`the ${body.format} export failed: ${job.error}`);
  return { job, entries: await readZip(await download(baseUrl, cookie, job)) };
}

/** Every reference a page or Markdown file makes: href, src, srcset candidates, Markdown links and pictures. */
export function referencesIn(text: string): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(/\s(?:href|src)="([^"]*)"/g)) found.push(decode(match[1]!));
  for (const match of text.matchAll(/\ssrcset="([^"]*)"/g)) {
    for (const candidate of decode(match[1]!).split(',')) found.push(candidate.trim().split(/\s+/)[0]!);
  }
  for (const match of text.matchAll(/\]\(([^)\s]+)\)/g)) found.push(match[1]!);
  return found.filter((reference) => reference !== '');
}

const decode = (value: string) => value.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>');

/** References that leave the zip on purpose: the licence's page and other web addresses. */
const external = (reference: string) => /^(?:https?:|mailto:)/i.test(reference);

/** The references of each text entry that do not resolve to an entry of the zip (relative to the entry's folder). */
export function brokenReferences(entries: ReadonlyMap<string, Buffer>): string[] {
  const broken: string[] = [];
  for (const [name, bytes] of entries) {
    if (!/\.(html|md|svg)$/.test(name)) continue;
    for (const reference of referencesIn(bytes.toString('utf8'))) {
      if (external(reference) || reference.startsWith('#')) continue;
      const target = path.posix.normalize(path.posix.join(path.posix.dirname(name), reference.split('#')[0]!));
      if (!entries.has(target)) broken.push(`${name} → ${reference}`);
    }
  }
  return broken;
}

/** Every picture variant the texts of the zip refer to, as entry paths. */
export function referencedFiles(entries: ReadonlyMap<string, Buffer>): Set<string> {
  const used = new Set<string>();
  for (const [name, bytes] of entries) {
    if (!/\.(html|md|svg)$/.test(name)) continue;
    for (const reference of referencesIn(bytes.toString('utf8'))) {
      if (!external(reference)) used.add(path.posix.normalize(path.posix.join(path.posix.dirname(name), reference)));
    }
  }
  return new Set([...used].filter((entry) => entry.startsWith('files/')));
}
