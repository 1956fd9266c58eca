import path from 'node:path';
import type { Router } from 'express';
import type { AccessControl } from '../access/access-control.js';
import type { Authenticator } from '../auth/authenticator.js';
import type { DocumentRegistry } from '../collab/document-registry.js';
import type { KopaIo } from '../control/control-types.js';
import type { SqliteDatabase } from '../db/open-database.js';
import type { PartnershipRepository } from '../directory/partnership-repository.js';
import type { Logger } from '../logger.js';
import type { PostRepository } from '../blog/post-repository.js';
import type { TranslationRepository } from '../blog/translations/translation-repository.js';
import type { DocAuthorRepository } from '../history/doc-author-repository.js';
import type { DocumentAuthors } from '../history/document-authors.js';
import type { VersionRepository } from '../history/version-repository.js';
import type { MobilityRepository } from '../mobilities/mobility-repository.js';
import { FrozenContents } from '../showcase/frozen-content.js';
import { ShowcaseRepository } from '../showcase/showcase-repository.js';
import type { SpaceRepository } from '../spaces/space-repository.js';
import type { DocumentStore } from '../storage/document-store.js';
import type { UploadRepository } from '../uploads/upload-repository.js';
import { backupFormat } from './backup/backup-format.js';
import { ExportEvents } from './export-events.js';
import type { ExportFormat } from './export-format.js';
import { ExportJobRepository } from './export-job-repository.js';
import { ExportJobs } from './export-jobs.js';
import { exportRoutes } from './export-routes.js';
import { markdownFormat } from './publishing/markdown-format.js';
import type { PublishingDeps } from './publishing/scope-content.js';
import type { GlossarySource } from '../glossary/published-terms.js';
import { siteFormat } from './publishing/site-format.js';

export interface ExportModuleDeps {
  db: SqliteDatabase;
  dataDir: string;
  store: DocumentStore;
  registry: DocumentRegistry;
  io: KopaIo;
  logger: Logger;
  authenticator: Authenticator;
  access: AccessControl;
  partnerships: PartnershipRepository;
  spaces: SpaceRepository;
  mobilities: MobilityRepository;
  posts: PostRepository;
  versions: VersionRepository;
  authors: DocumentAuthors;
  owners: DocAuthorRepository;
  uploads: UploadRepository;
  /** Posts' versions in other languages (the exports show them beside the original). */
  translations?: TranslationRepository;
  /** The glossary's approved terms, for the website and Markdown. */
  glossary: GlossarySource;
}

export interface ExportModule {
  jobs: ExportJobs;
  router: Router;
  close(): Promise<void>;
}

/**
 * Exports, wired: the formats (the backup; the static website and Markdown, drawn by
 * packages/render), the jobs and their files in `<data>/exports`, progress over
 * Socket.IO, and the REST routes.
 */
export async function createExportModule(deps: ExportModuleDeps): Promise<ExportModule> {
  const flushed = () => deps.registry.queue.idle();
  const filesDir = path.join(deps.dataDir, 'files');
  const publishing: PublishingDeps = {
    ...{ partnerships: deps.partnerships, spaces: deps.spaces, mobilities: deps.mobilities, posts: deps.posts, versions: deps.versions },
    ...{ store: deps.store, flushed, uploads: deps.uploads, filesDir, glossary: deps.glossary },
    frozen: new FrozenContents({ versions: deps.versions, authors: deps.authors, owners: deps.owners }),
    people: new ShowcaseRepository(deps.db),
    translations: deps.translations,
  };
  const formats: ExportFormat[] = [
    backupFormat({ db: deps.db, store: deps.store, flushed, filesDir }),
    siteFormat(publishing),
    markdownFormat(publishing),
  ];
  const jobs = new ExportJobs({
    repository: new ExportJobRepository(deps.db),
    formats,
    notifier: new ExportEvents(deps.io),
    dir: path.join(deps.dataDir, 'exports'),
    logger: deps.logger,
    titleOf: (scope) =>
      (scope.kind === 'space' ? deps.spaces.findSpace(scope.spaceId)?.title : deps.partnerships.find(scope.partnershipId)?.title) ?? 'export',
  });
  await jobs.open();
  const router = exportRoutes({ authenticator: deps.authenticator, access: deps.access, partnerships: deps.partnerships, spaces: deps.spaces, jobs });
  return { jobs, router, close: () => jobs.close() };
}
