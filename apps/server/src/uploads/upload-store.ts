import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';

/** Upload ids are UUIDs we made; anything else must never become part of a path. */
const SAFE_ID = /^[0-9a-f-]{36}$/;

/**
 * The bytes of uploaded pictures: `<filesDir>/<uploadId>/<width>.webp`.
 * Each file appears whole or not at all (written to a temporary name, synced, renamed).
 */
export class UploadStore {
  constructor(private readonly filesDir: string) {}

  /** Writes every variant of one upload; on failure nothing of it is left behind. */
  async save(uploadId: string, variants: readonly { width: number; data: Uint8Array }[]): Promise<void> {
    const dir = this.dirOf(uploadId);
    try {
      await fs.mkdir(dir, { recursive: true });
      for (const variant of variants) await writeAtomically(this.pathOf(uploadId, variant.width), variant.data);
    } catch (error) {
      await this.remove(uploadId);
      throw error;
    }
  }

  pathOf(uploadId: string, width: number): string {
    if (!Number.isInteger(width) || width <= 0) throw new Error(`not a variant width: ${width}`);
    return path.join(this.dirOf(uploadId), `${width}.webp`);
  }

  async remove(uploadId: string): Promise<void> {
    await fs.rm(this.dirOf(uploadId), { recursive: true, force: true });
  }

  private dirOf(uploadId: string): string {
    if (!SAFE_ID.test(uploadId)) throw new Error(`not an upload id: ${uploadId}`);
    return path.join(this.filesDir, uploadId);
  }
}

async function writeAtomically(file: string, data: Uint8Array): Promise<void> {
  const temp = `${file}.${randomBytes(6).toString('hex')}.tmp`;
  try {
    const handle = await fs.open(temp, 'wx');
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.rename(temp, file);
  } catch (error) {
    await fs.rm(temp, { force: true });
    throw error;
  }
}
