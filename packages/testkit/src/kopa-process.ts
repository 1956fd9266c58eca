import { execFile, spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/**
 * How to run the server: from TypeScript through tsx (no build needed), or the
 * compiled dist/main.js exactly as `npm start` runs it.
 */
export type KopaEntry = 'source' | 'built';

function commandFor(entry: KopaEntry): string[] {
  return entry === 'source'
    ? ['--conditions=@kopa/source', '--import', 'tsx', path.join(repoRoot, 'apps/server/src/main.ts')]
    : [path.join(repoRoot, 'apps/server/dist/main.js')];
}

export interface KopaProcess {
  url: string;
  process: ChildProcess;
  /** Everything the process wrote to stderr so far. */
  stderr(): string;
  /** Resolves with how the process ended. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

export interface KopaProcessOptions {
  entry?: KopaEntry;
  env?: Record<string, string>;
}

function start(dataDir: string, { entry = 'source', env = {} }: KopaProcessOptions): ChildProcess {
  return spawn(process.execPath, commandFor(entry), {
    cwd: repoRoot,
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      KOPA_DATA_DIR: dataDir,
      KOPA_LOG_LEVEL: 'info',
      // Tests make their own posts on the bare demo; a test that wants the demo's example posts passes KOPA_DEMO_POSTS: '1'.
      KOPA_DEMO_POSTS: '0',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/** Starts Kopa in a child process on a free port; resolves once it logs that it is running. */
export async function startKopaProcess(dataDir: string, options: KopaProcessOptions = {}): Promise<KopaProcess> {
  const child = start(dataDir, options);
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );

  const url = await new Promise<string>((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! });
    lines.on('line', (line) => {
      try {
        const entry = JSON.parse(line) as { msg?: string; url?: string };
        if (entry.msg === 'Kopa is running' && entry.url) resolve(entry.url);
      } catch {
        // not a log line
      }
    });
    void exited.then(({ code, signal }) => reject(new Error(`Kopa exited (${code ?? signal}) before running: ${stderr}`)));
  });
  return { url, process: child, stderr: () => stderr, exited };
}

/** Runs Kopa to completion (for start-up failures) and returns its exit code and output. */
export async function runKopaUntilExit(dataDir: string, options: KopaProcessOptions = {}) {
  const child = start(dataDir, options);
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => child.once('exit', (exitCode) => resolve(exitCode)));
  return { code, stdout, stderr };
}

/** Stops a Kopa process: SIGKILL unless told otherwise, and waits for it to end. */
export async function stopKopaProcess(kopa: KopaProcess | undefined, signal: NodeJS.Signals = 'SIGKILL'): Promise<void> {
  if (!kopa || kopa.process.exitCode !== null || kopa.process.signalCode !== null) return;
  kopa.process.kill(signal);
  await kopa.exited;
}

/**
 * Runs `npm run kopa -- <args>` exactly as the README says (from `cwd`, which need not be the
 * repository), with the data folder given as KOPA_DATA_DIR; returns its exit code and output.
 */
export function runKopaCli(cwd: string, dataDir: string, ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      'npm',
      ['run', '--silent', '--prefix', repoRoot, 'kopa', '--', ...args],
      { cwd, env: { ...process.env, KOPA_DATA_DIR: dataDir } },
      (error, stdout, stderr) => resolve({ code: error ? ((error.code as number | undefined) ?? 1) : 0, stdout, stderr }),
    );
  });
}
