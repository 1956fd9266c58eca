import type { Router } from 'express';
import type { AccessControl } from '../access/access-control.js';
import type { Authenticator } from '../auth/authenticator.js';
import type { KopaIo } from '../control/control-types.js';
import type { SqliteDatabase } from '../db/open-database.js';
import type { CreditDirectory } from '../directory/credit-directory.js';
import type { PartnershipRepository } from '../directory/partnership-repository.js';
import type { AuditLog } from '../moderation/audit-log.js';
import type { SpaceRepository } from '../spaces/space-repository.js';
import type { UploadRepository } from '../uploads/upload-repository.js';
import type { UploadStore } from '../uploads/upload-store.js';
import { GlossaryEvents } from './glossary-events.js';
import { glossaryPictureRoutes } from './glossary-picture-routes.js';
import { GlossaryRepository } from './glossary-repository.js';
import { glossaryRoutes } from './glossary-routes.js';

export interface GlossaryModuleDeps {
  db: SqliteDatabase;
  io: KopaIo;
  authenticator: Authenticator;
  access: AccessControl;
  partnerships: PartnershipRepository;
  spaces: SpaceRepository;
  credits: CreditDirectory;
  uploads: UploadRepository;
  files: UploadStore;
  auditLog: AuditLog;
}

export interface GlossaryModule {
  /** The terms; the exports and the showcase read the approved ones with `approvedTermsOf`. */
  glossary: GlossaryRepository;
  /** JSON routes, under /api. */
  router: Router;
  /** The picture upload (raw bytes), under /api before the JSON body parser. */
  pictureRouter: Router;
}

/** The partnership's glossary, wired: its repository, its routes and its live "changed" event. */
export function createGlossaryModule(deps: GlossaryModuleDeps): GlossaryModule {
  const glossary = new GlossaryRepository(deps.db);
  const router = glossaryRoutes({ ...deps, glossary, events: new GlossaryEvents(deps.io) });
  const pictureRouter = glossaryPictureRoutes({ ...deps, store: deps.files });
  return { glossary, router, pictureRouter };
}
