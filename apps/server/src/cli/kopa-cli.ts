import path from 'node:path';
import { ConfigError, loadConfig } from '../config.js';
import { openDatabase, type SqliteDatabase } from '../db/open-database.js';
import { StartupError } from '../startup-error.js';
import { RestoreError } from '../exports/backup/restore-error.js';
import { restoreBackup } from '../exports/backup/restore-backup.js';
import { CliError, createAdmin, listAdmins, resetPassword } from './admin-accounts.js';

/**
 * `npm run kopa -- <command>`: looking after a Kopa instance from its server's
 * terminal. Uses the same settings (KOPA_DATA_DIR) and database as the server,
 * which may be running meanwhile. Exit codes: 0 done, 1 failed, 2 wrong usage.
 */

const USAGE = `Usage: npm run kopa -- <command>

Commands:
  admin create <username>           create an instance administrator; prints a generated password once
  admin reset-password <username>   give any account a new generated password (signs it out everywhere)
  admin list                        list the instance administrators
  restore <file.zip>                restore a partnership's backup (its coordinator's Export) into an empty
                                    data folder; a folder holding anything is refused

The database is the one in KOPA_DATA_DIR (default ./data).`;

const out = (text: string): void => void process.stdout.write(`${text}\n`);
const fail = (text: string): void => void process.stderr.write(`${text}\n`);

class UsageError extends Error {}

async function run(args: string[]): Promise<void> {
  const [group, command, username, ...extra] = args;
  if (group === 'help' || group === '--help' || group === '-h') return out(USAGE);
  if (group === 'restore') {
    if (!command || username !== undefined) throw new UsageError('"restore" takes exactly one file: the backup (.zip).');
    return runRestore(command);
  }
  if (group !== 'admin') throw new UsageError(group ? `Unknown command "${args.join(' ')}".` : 'Say what to do.');
  if (!command) throw new UsageError('Say what to do: admin create, admin reset-password or admin list.');
  const needsName = command === 'create' || command === 'reset-password';
  if (needsName && (!username || extra.length > 0)) throw new UsageError(`"admin ${command}" takes exactly one username.`);
  if (!needsName && command !== 'list') throw new UsageError(`Unknown command "admin ${command}".`);

  const config = loadConfig();
  const db = openDatabase(path.join(config.dataDir, 'kopa.db'), { synchronous: config.sqliteSynchronous });
  try {
    await runAdmin(db, command, username ?? '');
  } finally {
    db.close();
  }
}

async function runRestore(file: string): Promise<void> {
  const config = loadConfig();
  // `npm run` works in the repository's folder; a relative path means the folder the command was typed in.
  const zipFile = path.resolve(process.env.INIT_CWD ?? process.cwd(), file);
  const restored = await restoreBackup(zipFile, config.dataDir, { synchronous: config.sqliteSynchronous });
  out(`Restored "${restored.partnershipTitle}" into ${config.dataDir}:`);
  out(
    `${counted(restored.people, 'person', 'people')}, ${counted(restored.spaces, 'space', 'spaces')}, ` +
      `${counted(restored.items, 'item', 'items')} (${restored.documents} with content), ` +
      `${counted(restored.versions, 'version', 'versions')}, ${counted(restored.pictures, 'picture', 'pictures')}.`,
  );
  out('Start Kopa on this folder: everyone logs in with their usual password. Make an administrator with: npm run kopa -- admin create <username>');
}

async function runAdmin(db: SqliteDatabase, command: string, username: string): Promise<void> {
  if (command === 'list') {
    const admins = listAdmins(db);
    return out(admins.length ? admins.join('\n') : 'There is no administrator yet. Create one with: npm run kopa -- admin create <username>');
  }
  if (command === 'create') {
    const created = await createAdmin(db, username);
    out(`Created the administrator "${created.username}".`);
    out(`Password: ${created.password}`);
    out('It is shown only this once: write it down. Log in to Kopa with it, then open Administration to start a partnership.');
    return;
  }
  const reset = await resetPassword(db, username);
  out(`New password for "${reset.username}"${reset.isAdmin ? ' (administrator)' : ''}.`);
  out(`Password: ${reset.password}`);
  out('It is shown only this once. Every session of this account has ended.');
}

run(process.argv.slice(2)).then(
  () => process.exit(0),
  (error: unknown) => {
    if (error instanceof UsageError) {
      fail(`${error.message}\n\n${USAGE}`);
      process.exit(2);
    }
    if (error instanceof CliError || error instanceof ConfigError || error instanceof StartupError || error instanceof RestoreError) fail(error.message);
    else fail(`Kopa could not do that: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exit(1);
  },
);

/** "1 picture", "3 pictures": the terminal speaks English. */
function counted(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}
