import { createDocumentContent } from '@kopa/editor';
import {
  addTranslationBodySchema,
  canTranslation,
  createDocId,
  MAX_POST_TRANSLATIONS,
  translationLanguageSchema,
  type PostTranslations,
  type PostTranslationSummary,
} from '@kopa/protocol';
import { Router, type Request } from 'express';
import type { AccessChanges } from '../../access/access-changes.js';
import type { AccessControl } from '../../access/access-control.js';
import type { Authenticator } from '../../auth/authenticator.js';
import { currentAuth, requireAuth } from '../../auth/current-user.js';
import type { SqliteDatabase } from '../../db/open-database.js';
import type { CreditDirectory } from '../../directory/credit-directory.js';
import { demand, HttpError, notFound } from '../../http/http-error.js';
import { validateBody } from '../../http/validate-body.js';
import type { AuditLog } from '../../moderation/audit-log.js';
import type { SpaceRepository } from '../../spaces/space-repository.js';
import type { DocumentStore } from '../../storage/document-store.js';
import type { PostEvents } from '../post-events.js';
import type { PostRecord, PostRepository } from '../post-repository.js';
import { readablePost, type ReadablePost } from '../readable-post.js';
import type { TranslationRecord, TranslationRepository } from './translation-repository.js';

export interface TranslationRoutesDeps {
  db: SqliteDatabase;
  authenticator: Authenticator;
  access: AccessControl;
  accessChanges: AccessChanges;
  spaces: SpaceRepository;
  posts: PostRepository;
  translations: TranslationRepository;
  store: DocumentStore;
  credits: CreditDirectory;
  auditLog: AuditLog;
  postEvents: PostEvents;
}

/** Readers see a version while the post is published with it frozen in. */
const inBlog = (post: PostRecord, version: TranslationRecord) => post.publishedVersionId !== null && version.frozen;

/**
 * A post's versions in other languages (docs/api.md, "Parallel texts"), under `/api/posts/:itemId`:
 * `GET …/translations` (everyone who reads the post), `POST …/translations` {language} (whoever may
 * edit the post: a new document, written like the post) and `DELETE …/translations/:language`
 * (teachers and the coordinator; the person who added it while no reader sees it). Rights come from
 * canTranslation() on the post's item, so locks, live pauses and archiving count as for the post.
 */
export function translationRoutes(deps: TranslationRoutesDeps): Router {
  const router = Router();
  const signedIn = requireAuth(deps.authenticator);

  const summary = (target: ReadablePost, post: PostRecord, version: TranslationRecord): PostTranslationSummary => ({
    language: version.language,
    docId: version.docId,
    createdAt: version.createdAt,
    createdBy: deps.credits.credit(version.createdBy),
    inBlog: inBlog(post, version),
    canDelete: canTranslation(target.member, 'delete', target.resource, { createdBy: version.createdBy, inBlog: inBlog(post, version) }),
  });

  const listing = (target: ReadablePost): PostTranslations => {
    const post = deps.posts.find(target.item.id) ?? target.post;
    return {
      itemId: target.item.id,
      original: post.language,
      translations: deps.translations.list(target.item.id).map((version) => summary(target, post, version)),
      canAdd: canTranslation(target.member, 'add', target.resource),
    };
  };

  /** Throws when `language` cannot get a new version of this post now. */
  const refuseLanguage = (target: ReadablePost, language: string) => {
    const post = deps.posts.find(target.item.id)!;
    if (language === post.language) {
      throw new HttpError(400, 'invalid_request', 'The post itself is written in this language: choose another one.', {
        field: 'language',
        problem: { kind: 'same_as_original' },
      });
    }
    const versions = deps.translations.list(target.item.id);
    if (versions.some((version) => version.language === language)) throw new HttpError(409, 'conflict', 'This post already has a version in this language.');
    if (versions.length >= MAX_POST_TRANSLATIONS) {
      throw new HttpError(409, 'conflict', `A post can have at most ${MAX_POST_TRANSLATIONS} versions in other languages.`);
    }
  };

  router.get('/posts/:itemId/translations', signedIn, (request: Request<{ itemId: string }>, response) => {
    response.json(listing(readablePost(deps, currentAuth(response).user.id, request.params.itemId)));
  });

  router.post('/posts/:itemId/translations', signedIn, async (request: Request<{ itemId: string }>, response) => {
    const { user } = currentAuth(response);
    const target = readablePost(deps, user.id, request.params.itemId);
    demand(canTranslation(target.member, 'add', target.resource));
    const { language } = validateBody(addTranslationBodySchema, request.body);
    refuseLanguage(target, language);

    // Content first, like every item: the version's document is never without its first paragraph.
    const docId = createDocId();
    await deps.store.appendUpdates([{ docId, update: createDocumentContent() }]);
    const version = deps.db.transaction(() => {
      // Checked again: someone may have added the same language (or changed the post's) meanwhile.
      refuseLanguage(target, language);
      const record = { itemId: target.item.id, language, docId, createdBy: user.id, createdAt: Date.now() };
      deps.translations.insert(record);
      return { ...record, frozen: false };
    })();
    deps.postEvents.changed(target.item.id);
    response.status(201).json(summary(target, deps.posts.find(target.item.id)!, version));
  });

  router.delete('/posts/:itemId/translations/:language', signedIn, (request: Request<{ itemId: string; language: string }>, response) => {
    const { user } = currentAuth(response);
    const target = readablePost(deps, user.id, request.params.itemId);
    const parsed = translationLanguageSchema.safeParse(request.params.language);
    const version = parsed.success ? deps.translations.find(target.item.id, parsed.data) : null;
    if (!version) throw notFound('Version');
    const post = deps.posts.find(target.item.id)!;
    const shown = inBlog(post, version);
    demand(canTranslation(target.member, 'delete', target.resource, { createdBy: version.createdBy, inBlog: shown }));
    deps.db.transaction(() => {
      deps.translations.remove(target.item.id, version.language);
      // Taking a version readers see off the blog is moderation: it goes in the audit log.
      if (shown) {
        deps.auditLog.record({
          partnershipId: target.space.partnershipId,
          actorId: user.id,
          action: 'post.translation.delete',
          targetType: 'post',
          targetId: target.item.id,
          subjectUserId: version.createdBy,
          detail: { title: target.item.title, language: version.language },
        });
      }
    })();
    // Open connections to its document close (the rule finds no item for it any more).
    deps.accessChanges.notify(target.space.partnershipId);
    deps.postEvents.changed(target.item.id);
    response.status(204).end();
  });

  return router;
}

/** For the post's own PATCH: its language may not become one it already has a version in. */
export function translationLanguageTaken(translations: Pick<TranslationRepository, 'find'>) {
  return (itemId: string, language: string): boolean => translations.find(itemId, language) !== null;
}

