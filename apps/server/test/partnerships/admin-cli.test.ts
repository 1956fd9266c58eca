import { execFile } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeTempDir } from '@kopa/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getJson, login } from '../support/api-client.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');

/** `npm run kopa -- <args>` exactly as the README says, against a data folder of our own. */
function kopaCli(dataDir: string, ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      'npm',
      ['run', '--silent', 'kopa', '--', ...args],
      { cwd: repoRoot, env: { ...process.env, KOPA_DATA_DIR: dataDir } },
      (error, stdout, stderr) => resolve({ code: error ? ((error.code as number | undefined) ?? 1) : 0, stdout, stderr }),
    );
  });
}

const passwordIn = (stdout: string) => /^Password: (\S+)$/m.exec(stdout)?.[1];

describe('npm run kopa -- admin …', () => {
  let data: Awaited<ReturnType<typeof makeTempDir>>;
  let server: TestServer | undefined;
  let password: string;

  beforeAll(async () => {
    data = await makeTempDir('kopa-cli-');
  });
  afterAll(async () => {
    await server?.close();
    await data.remove();
  });

  it('creates an administrator on a fresh data folder and prints a generated password once', async () => {
    const created = await kopaCli(data.path, 'admin', 'create', 'Head-Office');
    expect(created.code, created.stderr).toBe(0);
    expect(created.stdout).toContain('Created the administrator "head-office"');
    password = passwordIn(created.stdout)!;
    // Easy to copy by hand, hard to guess: 4 groups of 4 from 31 unambiguous characters.
    expect(password).toMatch(/^[a-hj-km-np-z2-9]{4}(-[a-hj-km-np-z2-9]{4}){3}$/);
  });

  it('the administrator logs in to a real server with it, and the demo still arrives on the first start', async () => {
    server = await startTestServer({ dataDir: data.path });
    const admin = await login(server.url, 'head-office', password);
    expect(admin.me).toMatchObject({ username: 'head-office', isAdmin: true, partnershipId: null });
    const list = await getJson<{ title: string }[]>(server.url, '/api/admin/partnerships', admin.cookie);
    expect(list).toMatchObject({ status: 200, body: [{ title: 'Together in our diversity' }] });
    expect((await login(server.url, 'ilze')).me.role).toBe('coordinator');
  });

  it('refuses a taken username and a bad one, with exit code 1 and a sentence saying why', async () => {
    const taken = await kopaCli(data.path, 'admin', 'create', 'head-office');
    expect(taken).toMatchObject({ code: 1, stdout: '' });
    expect(taken.stderr).toContain('The username "head-office" is already taken');
    const demo = await kopaCli(data.path, 'admin', 'create', 'ilze');
    expect(demo.code).toBe(1);
    for (const name of ['no spaces please', '-x', 'ab']) {
      const bad = await kopaCli(data.path, 'admin', 'create', name);
      expect(bad).toMatchObject({ code: 1, stderr: expect.stringContaining(`"${name}" cannot be a username`) });
    }
  });

  it('explains its usage with exit code 2', async () => {
    for (const args of [[], ['admin'], ['admin', 'create'], ['admin', 'delete', 'x'], ['pupils']]) {
      const result = await kopaCli(data.path, ...args);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr).toContain('Usage: npm run kopa -- <command>');
    }
  });

  it('resets a password: the old one stops working and every session ends', async () => {
    const before = await login(server!.url, 'head-office', password);
    const reset = await kopaCli(data.path, 'admin', 'reset-password', 'head-office');
    expect(reset.code, reset.stderr).toBe(0);
    const fresh = passwordIn(reset.stdout)!;
    expect(fresh).not.toBe(password);
    expect((await getJson(server!.url, '/api/me', before.cookie)).status).toBe(401);
    await expect(login(server!.url, 'head-office', password)).rejects.toThrow(/401/);
    expect((await login(server!.url, 'head-office', fresh)).me.isAdmin).toBe(true);

    const unknown = await kopaCli(data.path, 'admin', 'reset-password', 'nobody-here');
    expect(unknown).toMatchObject({ code: 1, stderr: expect.stringContaining('There is no account "nobody-here"') });
    expect((await kopaCli(data.path, 'admin', 'list')).stdout.trim()).toBe('head-office');
  });
});
