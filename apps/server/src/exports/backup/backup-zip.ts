import { createHash } from 'node:crypto';
import path from 'node:path';
import yauzl from 'yauzl';
import { RestoreError } from './restore-error.js';

/** Bounds on what a backup may unpack to: a damaged or malicious zip is refused before it fills memory or disk. */
export interface RestoreLimits {
  maxEntries: number;
  maxTotalBytes: number;
  maxManifestBytes: number;
  /** One tables/<name>.json. */
  maxTableBytes: number;
  /** One Yjs state or update. */
  maxYjsBytes: number;
  /** One picture or thumbnail. */
  maxPictureBytes: number;
}

const MiB = 1024 * 1024;
export const RESTORE_LIMITS: RestoreLimits = {
  maxEntries: 500_000,
  maxTotalBytes: 64 * 1024 * MiB,
  maxManifestBytes: 64 * MiB,
  maxTableBytes: 512 * MiB,
  maxYjsBytes: 64 * MiB,
  maxPictureBytes: 32 * MiB,
};

/** A backup's zip, read through its central directory (yauzl: spec-following, sizes enforced while inflating). */
export class BackupZip {
  private constructor(
    private readonly zip: yauzl.ZipFile,
    /** Every file entry, by name. */
    readonly entries: ReadonlyMap<string, yauzl.Entry>,
    private readonly name: string,
  ) {}

  static async open(file: string, limits: RestoreLimits): Promise<BackupZip> {
    const name = path.basename(file);
    let zip: yauzl.ZipFile;
    try {
      // strictFileNames: absolute paths, "..", backslashes are errors. Sizes are checked against the directory.
      zip = await yauzl.openPromise(file, { autoClose: false, strictFileNames: true, validateEntrySizes: true });
    } catch {
      throw new RestoreError(`${name} is not a Kopa backup: it is not a zip file, or it is damaged.`);
    }
    try {
      if (zip.entryCount > limits.maxEntries) {
        throw new RestoreError(`The backup is refused: it holds ${zip.entryCount} files, more than the ${limits.maxEntries} a backup may hold.`);
      }
      const entries = new Map<string, yauzl.Entry>();
      let total = 0;
      try {
        for await (const entry of zip.eachEntry()) {
          if (entry.fileName.endsWith('/')) continue; // a folder: zip tools add them, they hold nothing
          if (entry.isEncrypted()) throw new RestoreError(`The backup is refused: ${entry.fileName} is encrypted.`);
          if (entries.has(entry.fileName)) throw new RestoreError(`The backup is refused: it holds ${entry.fileName} twice.`);
          entries.set(entry.fileName, entry);
          total += entry.uncompressedSize;
          // Declared sizes are refused before a byte is inflated; yauzl stops any entry that inflates beyond its own.
          const limit = limitFor(entry.fileName, limits);
          if (entry.uncompressedSize > limit) {
            throw new RestoreError(
              `The backup is refused: ${entry.fileName} would unpack to ${formatBytes(entry.uncompressedSize)}, more than the ${formatBytes(limit)} one file of a backup may hold.`,
            );
          }
        }
      } catch (error) {
        if (error instanceof RestoreError) throw error;
        throw new RestoreError(`${name} is not a Kopa backup: its list of files is damaged or unsafe.`);
      }
      if (total > limits.maxTotalBytes) {
        throw new RestoreError(
          `The backup is refused: it would unpack to ${formatBytes(total)}, more than the ${formatBytes(limits.maxTotalBytes)} a backup may hold.`,
        );
      }
      return new BackupZip(zip, entries, name);
    } catch (error) {
      zip.close();
      throw error;
    }
  }

  /** An entry's bytes and their SHA-256; the size is enforced while inflating (a zip bomb stops at its declared size). */
  async read(entryPath: string): Promise<{ bytes: Buffer; sha256: string }> {
    const entry = this.entries.get(entryPath);
    if (!entry) throw new RestoreError(`The backup is incomplete: ${entryPath} is missing.`);
    const chunks: Buffer[] = [];
    const hash = createHash('sha256');
    try {
      const stream = await this.zip.openReadStreamPromise(entry);
      for await (const chunk of stream as AsyncIterable<Buffer>) {
        hash.update(chunk);
        chunks.push(chunk);
      }
    } catch {
      throw new RestoreError(`The backup is damaged: ${entryPath} cannot be unpacked.`);
    }
    return { bytes: Buffer.concat(chunks), sha256: hash.digest('hex') };
  }

  close(): void {
    this.zip.close();
  }

  get fileName(): string {
    return this.name;
  }
}

/** How big one entry may be, by what its name says it is. */
export function limitFor(entryPath: string, limits: RestoreLimits): number {
  if (entryPath === 'manifest.json') return limits.maxManifestBytes;
  if (entryPath.startsWith('tables/')) return limits.maxTableBytes;
  if (entryPath.endsWith('.yjs')) return limits.maxYjsBytes;
  return limits.maxPictureBytes;
}

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * MiB) return `${(bytes / (1024 * MiB)).toFixed(1)} GiB`;
  if (bytes >= MiB) return `${(bytes / MiB).toFixed(1)} MiB`;
  return `${bytes} bytes`;
}
