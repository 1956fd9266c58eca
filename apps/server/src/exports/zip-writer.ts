import fs from 'node:fs';
import { PassThrough } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import yazl from 'yazl';
import type { ExportEntry } from './export-format.js';

/**
 * Writes entries into a zip file (yazl, zip64 when needed), one at a time: the next
 * entry is asked for only once the zip has taken the previous one, so memory holds one
 * entry whatever the export's size. Returns the file's size in bytes.
 */
export async function writeZip(file: string, entries: AsyncIterable<ExportEntry>, options: { signal: AbortSignal; mtime: Date }): Promise<number> {
  const zip = new yazl.ZipFile();
  const output = fs.createWriteStream(file, { flags: 'wx' });
  const written = pipeline(zip.outputStream, output);
  // A failing disk ends the pipeline; waiting on an entry must then end too.
  const failed = written.then(
    () => new Promise<never>(() => undefined),
    (error: unknown) => Promise.reject(error),
  );
  failed.catch(() => undefined);

  try {
    for await (const entry of entries) {
      options.signal.throwIfAborted();
      const bytes = Buffer.from(entry.bytes.buffer, entry.bytes.byteOffset, entry.bytes.byteLength);
      const source = new PassThrough();
      const taken = new Promise<void>((resolve, reject) => {
        source.once('end', resolve);
        source.once('error', reject);
      });
      zip.addReadStream(source, entry.path, { compress: entry.compress ?? true, mtime: options.mtime, size: bytes.length });
      source.end(bytes);
      await Promise.race([taken, failed]);
    }
    options.signal.throwIfAborted();
    zip.end();
    await written;
  } catch (error) {
    output.destroy();
    await written.catch(() => undefined);
    throw error;
  }
  return (await fs.promises.stat(file)).size;
}
