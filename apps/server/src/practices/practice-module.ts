import type { Router } from 'express';
import type { AccessControl } from '../access/access-control.js';
import type { Authenticator } from '../auth/authenticator.js';
import type { SqliteDatabase } from '../db/open-database.js';
import type { CreditDirectory } from '../directory/credit-directory.js';
import type { PartnershipRepository } from '../directory/partnership-repository.js';
import type { AuditLog } from '../moderation/audit-log.js';
import { PracticeRepository } from './practice-repository.js';
import { practiceRoutes } from './practice-routes.js';
import { PracticeSearch } from './practice-search.js';

export interface PracticeModuleDeps {
  db: SqliteDatabase;
  authenticator: Authenticator;
  access: AccessControl;
  partnerships: PartnershipRepository;
  credits: CreditDirectory;
  auditLog: AuditLog;
}

export interface PracticeModule {
  /** The practices themselves; the showcase lists a partnership's public ones with `publicPracticesOf`. */
  practices: PracticeRepository;
  router: Router;
}

/** The inventory of good practices, wired: its repository, its FTS5 search and its REST routes. */
export function createPracticeModule(deps: PracticeModuleDeps): PracticeModule {
  const practices = new PracticeRepository(deps.db);
  const router = practiceRoutes({ ...deps, practices, search: new PracticeSearch(deps.db) });
  return { practices, router };
}
