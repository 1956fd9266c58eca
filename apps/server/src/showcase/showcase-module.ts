import { Router } from 'express';
import type { AccessControl } from '../access/access-control.js';
import type { Authenticator } from '../auth/authenticator.js';
import type { PostRepository } from '../blog/post-repository.js';
import type { DocumentRegistry } from '../collab/document-registry.js';
import type { SqliteDatabase } from '../db/open-database.js';
import type { CreditDirectory } from '../directory/credit-directory.js';
import type { MembershipRepository } from '../directory/membership-repository.js';
import type { PartnershipRepository } from '../directory/partnership-repository.js';
import type { DocAuthorRepository } from '../history/doc-author-repository.js';
import type { DocumentAuthors } from '../history/document-authors.js';
import type { VersionRepository } from '../history/version-repository.js';
import type { AuditLog } from '../moderation/audit-log.js';
import type { SpaceRepository } from '../spaces/space-repository.js';
import type { UploadRepository } from '../uploads/upload-repository.js';
import type { UploadStore } from '../uploads/upload-store.js';
import { approvalRoutes } from './approval-routes.js';
import { consentRoutes } from './consent-routes.js';
import { FrozenContents } from './frozen-content.js';
import { picturePeopleRoutes } from './picture-people-routes.js';
import { PublicApprovals } from './public-approvals.js';
import { listNoPublicPractices, type PublicPracticesLister } from './public-practices.js';
import { listNoPublicGlossary, type PublicGlossaryLister } from './public-glossary.js';
import { PublicShowcase } from './public-showcase.js';
import { approvedTranslations } from './approved-translations.js';
import type { TranslationRepository } from '../blog/translations/translation-repository.js';
import { showcasePageRoutes } from './showcase-page-routes.js';
import { ShowcaseRepository } from './showcase-repository.js';
import { showcaseRoutes } from './showcase-routes.js';

export interface ShowcaseModuleDeps {
  db: SqliteDatabase;
  authenticator: Authenticator;
  access: AccessControl;
  partnerships: PartnershipRepository;
  memberships: MembershipRepository;
  spaces: SpaceRepository;
  posts: PostRepository;
  versions: VersionRepository;
  registry: DocumentRegistry;
  credits: CreditDirectory;
  authors: DocumentAuthors;
  owners: DocAuthorRepository;
  uploads: UploadRepository;
  files: UploadStore;
  auditLog: AuditLog;
  /** The inventory of good practices' public ones (apps/server/src/practices); none until it exists. */
  publicPractices?: PublicPracticesLister;
  /** The glossary's approved terms (apps/server/src/glossary); none until it exists. */
  publicGlossary?: PublicGlossaryLister;
  /** Posts' versions in other languages (apps/server/src/blog/translations); none when not given. */
  translations?: Pick<TranslationRepository, 'frozenOf'>;
}

export interface ShowcaseModule {
  /** Under /api: the switch, approvals, consents, who pictures show. */
  apiRouter: Router;
  /** At the root, before the web app: the public pages under /showcase. */
  pageRouter: Router;
}

/** The public showcase, pupils' consent and approving items for the public (docs/api.md, "Public showcase"). */
export function createShowcaseModule(deps: ShowcaseModuleDeps): ShowcaseModule {
  const repository = new ShowcaseRepository(deps.db);
  const frozen = new FrozenContents({ versions: deps.versions, authors: deps.authors, owners: deps.owners });
  const showcase = new PublicShowcase({ repository, partnerships: deps.partnerships, frozen });
  const approvals = new PublicApprovals({ repository, posts: deps.posts, versions: deps.versions, registry: deps.registry, frozen, auditLog: deps.auditLog });

  const apiRouter = Router().use(
    showcaseRoutes({ ...deps, repository }),
    approvalRoutes({ ...deps, repository, approvals, showcase }),
    consentRoutes({ ...deps, repository }),
    picturePeopleRoutes({ ...deps, repository }),
  );
  return {
    apiRouter,
    pageRouter: showcasePageRoutes({
      ...{ showcase, repository, uploads: deps.uploads, files: deps.files },
      publicPractices: deps.publicPractices ?? listNoPublicPractices,
      publicGlossary: deps.publicGlossary ?? listNoPublicGlossary,
      translationsOf: (item) => approvedTranslations(deps.translations, item),
    }),
  };
}
