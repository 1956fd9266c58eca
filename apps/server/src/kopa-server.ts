import http from 'node:http';
import path from 'node:path';
import { Server as SocketIoServer } from 'socket.io';
import { AccessChanges } from './access/access-changes.js';
import { AccessControl } from './access/access-control.js';
import { authRoutes } from './auth/auth-routes.js';
import { Authenticator } from './auth/authenticator.js';
import { LoginLimiter, type LoginLimits } from './auth/login-limiter.js';
import { SessionEndings } from './auth/session-endings.js';
import { SessionStore } from './auth/session-store.js';
import { CollabServer } from './collab/collab-server.js';
import { DocumentRegistry } from './collab/document-registry.js';
import { RefusedEdits } from './collab/refused-edits.js';
import { createAccessRecheck, createUpgradeAuthorizer } from './collab/upgrade-authorization.js';
import type { KopaConfig } from './config.js';
import { openDatabase } from './db/open-database.js';
import { MembershipRepository } from './directory/membership-repository.js';
import { PartnershipRepository } from './directory/partnership-repository.js';
import { UserRepository } from './directory/user-repository.js';
import { createHttpApp } from './http/http-app.js';
import { OriginPolicy } from './http/origin-policy.js';
import { createLogger, type Logger } from './logger.js';
import { attachControlPlane } from './control/control-plane.js';
import type { KopaIo } from './control/control-types.js';
import { seedDemoPartnership } from './seed/demo-partnership.js';
import { seedDemoPosts } from './seed/demo-posts.js';
import { spaceRoutes } from './spaces/space-routes.js';
import { ItemEvents } from './spaces/item-events.js';
import { SpaceRepository } from './spaces/space-repository.js';
import { adminRoutes } from './partnerships/admin-routes.js';
import { InviteRepository } from './partnerships/invite-repository.js';
import { inviteRoutes } from './partnerships/invite-routes.js';
import { partnershipRoutes } from './partnerships/partnership-routes.js';
import { TeamRepository } from './teams/team-repository.js';
import { teamRoutes } from './teams/team-routes.js';
import { MobilityRepository } from './mobilities/mobility-repository.js';
import { mobilityRoutes } from './mobilities/mobility-routes.js';
import { PupilAccounts } from './pupils/pupil-accounts.js';
import { pupilRoutes } from './pupils/pupil-routes.js';
import { StartupError } from './startup-error.js';
import type { DocumentStore } from './storage/document-store.js';
import { SqliteDocumentStore } from './storage/sqlite-document-store.js';
import { PostEvents } from './blog/post-events.js';
import { CreditDirectory } from './directory/credit-directory.js';
import { AuditLog } from './moderation/audit-log.js';
import { VersionRepository } from './history/version-repository.js';
import { AuthorshipRecorder } from './history/authorship-recorder.js';
import { DocAuthorRepository } from './history/doc-author-repository.js';
import { DocumentAuthors } from './history/document-authors.js';
import { historyRoutes } from './history/history-routes.js';
import { VersionKeeper } from './history/version-keeper.js';
import { UploadRepository } from './uploads/upload-repository.js';
import { UploadStore } from './uploads/upload-store.js';
import { uploadRoutes } from './uploads/upload-routes.js';
import { fileRoutes } from './uploads/file-routes.js';
import { PostRepository } from './blog/post-repository.js';
import { BlogSearch } from './blog/blog-search.js';
import { PostWorkflow } from './blog/post-workflow.js';
import { PublishedPosts } from './blog/published-post.js';
import { addPostRow } from './blog/new-post.js';
import { postRoutes } from './blog/post-routes.js';
import { ReactionRepository } from './moderation/reaction-repository.js';
import { createBoardContent } from '@kopa/board';
import { BoardThumbnailKeeper } from './boards/board-thumbnail-keeper.js';
import { BoardThumbnailRenderer } from './boards/board-thumbnail-renderer.js';
import { BoardThumbnailRepository } from './boards/board-thumbnail-repository.js';
import { thumbnailRoutes } from './boards/thumbnail-routes.js';
import { CommentRepository } from './moderation/comment-repository.js';
import { CommentModeration } from './moderation/comment-moderation.js';
import { CommentLimiter } from './moderation/comment-limiter.js';
import { ReportRepository } from './moderation/report-repository.js';
import { commentRoutes } from './moderation/comment-routes.js';
import { reactionRoutes } from './moderation/reaction-routes.js';
import { reportRoutes } from './moderation/report-routes.js';
import { LiveEditTrail } from './live/live-edit-trail.js';
import { LiveGateway } from './live/live-gateway.js';
import { LiveChatRepository } from './live/live-chat-repository.js';
import { LivePollRepository } from './live/live-poll-repository.js';
import { LiveRepository } from './live/live-repository.js';
import { LiveTrailRepository } from './live/live-trail-repository.js';
import { liveRoutes } from './live/live-routes.js';
import { LiveSessions } from './live/live-sessions.js';
import { createExportModule } from './exports/export-module.js';
import { createShowcaseModule } from './showcase/showcase-module.js';
import { createPracticeModule } from './practices/practice-module.js';
import { createGlossaryModule } from './glossary/glossary-module.js';
import { publishedTermsOf } from './glossary/published-terms.js';
import { TranslationRepository } from './blog/translations/translation-repository.js';
import { TranslationFreezer } from './blog/translations/translation-freezer.js';
import { PublishedTranslations } from './blog/translations/published-translations.js';
import { translationLanguageTaken, translationRoutes } from './blog/translations/translation-routes.js';

export interface KopaServer {
  /** Where it listens, e.g. http://127.0.0.1:3000 */
  url: string;
  port: number;
  logger: Logger;
  registry: DocumentRegistry;
  collab: CollabServer;
  /** Closes connections, writes everything pending, compacts, closes the database. */
  close(): Promise<void>;
}

export interface KopaServerOptions {
  logger?: Logger;
  loginLimits?: LoginLimits;
  /** Live-session commands one person may send per second, on average over 10 s (tests that script a whole lesson raise it). */
  liveCommandsPerSecond?: number;
  /** Wraps the document store (tests slow it down to observe ordering; a cache could go here). */
  decorateStore?: (store: DocumentStore) => DocumentStore;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The composition root: builds every module of the server from the config and
 * wires them together on one HTTP port (Express at /api and /, y-websocket at
 * /yjs/<docId>, Socket.IO at /socket.io/).
 */
export async function startKopaServer(config: KopaConfig, options: KopaServerOptions = {}): Promise<KopaServer> {
  const logger = options.logger ?? createLogger(config.logLevel);
  const db = openDatabase(path.join(config.dataDir, 'kopa.db'), { synchronous: config.sqliteSynchronous });

  const sqliteStore = new SqliteDocumentStore(db);
  const store = options.decorateStore?.(sqliteStore) ?? sqliteStore;
  const users = new UserRepository(db);
  const partnerships = new PartnershipRepository(db);
  const memberships = new MembershipRepository(db);
  const spaces = new SpaceRepository(db);
  const teams = new TeamRepository(db);
  const mobilities = new MobilityRepository(db);
  const invites = new InviteRepository(db);
  const seedDeps = { db, users, partnerships, memberships, teams, mobilities, spaces, store };
  if (config.demo && (await seedDemoPartnership(seedDeps))) {
    logger.info('seeded the demo partnership "Together in our diversity"');
    if (config.demoPosts) await seedDemoPosts(seedDeps);
  }

  const sessions = new SessionStore(db, config.sessionDays * DAY_MS);
  const authenticator = new Authenticator(sessions, users);
  const live = new LiveRepository(db);
  const livePolls = new LivePollRepository(db);
  const liveChat = new LiveChatRepository(db);
  const liveTrailStore = new LiveTrailRepository(db);
  // A post's versions in other languages: their documents share the post's rights.
  const translations = new TranslationRepository(db);
  const access = new AccessControl(memberships, spaces, (docId) => translations.itemOfDoc(docId));
  const originPolicy = new OriginPolicy(config.allowedOrigins, config.trustProxy);
  const accessChanges = new AccessChanges();

  const credits = new CreditDirectory(db);
  const versions = new VersionRepository(db, credits);
  const docAuthors = new DocAuthorRepository(db);
  const documentAuthors = new DocumentAuthors(docAuthors, credits);
  const authorship = new AuthorshipRecorder(docAuthors);
  const uploads = new UploadRepository(db);
  const uploadStore = new UploadStore(path.join(config.dataDir, 'files'));
  const thumbnails = new BoardThumbnailRepository(db);
  const thumbnailKeeper = new BoardThumbnailKeeper({
    spaces,
    thumbnails,
    renderer: new BoardThumbnailRenderer({ uploads, files: uploadStore }),
    logger,
    delayMs: config.boardThumbnailDelayMs,
  });
  const refusedEdits = new RefusedEdits(db);
  const liveTrail = new LiveEditTrail(live, liveTrailStore, spaces);
  const registry = new DocumentRegistry({
    store,
    logger,
    unloadDelayMs: config.docUnloadDelayMs,
    compactAfterUpdates: config.compactAfterUpdates,
    // Every stored change tells who wrote it and may be due for an automatic version.
    observers: [
      authorship,
      new VersionKeeper({ spaces, versions, logger, intervalMs: config.autoVersionIntervalMs }),
      thumbnailKeeper,
      liveTrail,
      refusedEdits,
    ],
  });
  const collab = new CollabServer(
    registry,
    { authorize: createUpgradeAuthorizer({ originPolicy, authenticator, access, checkClaims: (docId, userId, update) => authorship.checkClaims(docId, userId, update) }), recheck: createAccessRecheck(access), refusedEdits },
    logger,
    config.maxConnectionsPerUser,
  );

  // The HTTP server comes first so Socket.IO exists before the routes that emit on it. Socket.IO
  // takes over the request listeners present when it attaches and passes on what is not its own:
  // the app must be among them (added later, it would answer /socket.io/ requests a second time).
  let handleRequest: http.RequestListener = (_request, response) => response.writeHead(503).end();
  const httpServer = http.createServer((request, response) => handleRequest(request, response));
  const io: KopaIo = new SocketIoServer(httpServer, {
    serveClient: false,
    maxHttpBufferSize: 100_000,
    // A dropped connection (school Wi-Fi) comes back with its rooms; authentication runs again all the same.
    connectionStateRecovery: { maxDisconnectionDuration: 2 * 60 * 1000, skipMiddlewares: false },
    allowRequest: (request, callback) => callback(null, originPolicy.isAllowed(request)),
  });
  const postEvents = new PostEvents(io);
  const itemEvents = new ItemEvents(io);
  const auditLog = new AuditLog(db, credits);
  const posts = new PostRepository(db);
  const reactions = new ReactionRepository(db);
  const blogSearch = new BlogSearch(db);
  // The moderation queue unpublishes through the same workflow (postWorkflow.unpublish).
  const translationFreezer = new TranslationFreezer({ translations, registry, search: blogSearch });
  const postWorkflow = new PostWorkflow({
    ...{ db, posts, spaces, versions, search: blogSearch, auditLog, postEvents, registry },
    alongsidePublish: (itemId) => translationFreezer.prepare(itemId),
  });
  const comments = new CommentRepository(db);
  const commentModeration = new CommentModeration({ db, comments, credits, auditLog, postEvents });
  const liveSessions = new LiveSessions({ db, live, polls: livePolls, chat: liveChat, trail: liveTrailStore, editTrail: liveTrail, access, accessChanges, spaces, teams, auditLog, registry });
  const liveGateway = new LiveGateway(io, {
    sessions: liveSessions,
    live,
    polls: livePolls,
    chat: liveChat,
    spaces,
    summary: { db, spaces, store, registry, versions, live, polls: livePolls, chat: liveChat, trail: liveTrailStore },
    supervision: { spaces, trail: liveTrailStore, registry, thumbnailVersionOf: (itemId) => thumbnails.versionOf(itemId) },
    logger,
    commandsPerSecond: options.liveCommandsPerSecond,
  });

  // The partnership's glossary; the exports and the showcase show its approved terms (glossaryModule.glossary).
  const glossaryModule = createGlossaryModule({ db, io, authenticator, access, partnerships, spaces, credits, uploads, files: uploadStore, auditLog });

  // Exports (a partnership's backup first): background jobs, progress over Socket.IO, files in <data>/exports.
  const exportModule = await createExportModule({
    ...{ db, dataDir: config.dataDir, store, registry, io, logger, authenticator, access, partnerships, spaces },
    ...{ mobilities, posts, versions, uploads, authors: documentAuthors, owners: docAuthors, glossary: glossaryModule.glossary },
    translations,
  });

  // The inventory of good practices; the showcase lists a partnership's public ones with practiceModule.practices.publicPracticesOf.
  const practiceModule = createPracticeModule({ db, authenticator, access, partnerships, credits, auditLog });

  // The public showcase: approvals, consents, who pictures show (under /api), and its public pages (/showcase/<slug>).
  const showcase = createShowcaseModule({
    ...{ db, authenticator, access, partnerships, memberships, spaces, posts, versions, registry, credits, auditLog, uploads },
    authors: documentAuthors,
    owners: docAuthors,
    files: uploadStore,
    publicPractices: (partnershipId) => practiceModule.practices.publicPracticesOf(partnershipId),
    publicGlossary: (partnershipId) => publishedTermsOf(glossaryModule.glossary, uploads, partnershipId),
    translations,
  });

  const sessionEndings = new SessionEndings(sessions, (sessionId) => {
    collab.closeSession(sessionId);
    controlPlane.closeSession(sessionId);
  });
  const app = createHttpApp({
    logger,
    originPolicy,
    trustProxy: config.trustProxy,
    webDistDir: config.webDistDir,
    demo: config.demo,
    rawBodyApiRouters: [uploadRoutes({ authenticator, access, spaces, uploads, store: uploadStore }), glossaryModule.pictureRouter],
    filesRouter: fileRoutes({ authenticator, access, uploads, store: uploadStore }),
    pageRouters: [showcase.pageRouter],
    apiRouters: [
      authRoutes({ users, sessions, authenticator, access, limiter: new LoginLimiter(options.loginLimits), sessionEndings }),
      spaceRoutes({
        authenticator,
        access,
        accessChanges,
        spaces,
        store,
        db,
        alongsideNewItem: addPostRow({ posts, partnerships }),
        postStatusOf: (itemId) => posts.statusOf(itemId),
        boardContent: (layout, columns) => createBoardContent({ layout, columns: [...columns] }),
        thumbnailVersionOf: (itemId) => thumbnails.versionOf(itemId),
        onItemChanged: (item) => itemEvents.changed(item),
        onLockChanged: ({ item, space, actorId, locked }) =>
          auditLog.record({ partnershipId: space.partnershipId, actorId, action: locked ? 'item.lock' : 'item.unlock', targetType: 'item', targetId: item.id, detail: { title: item.title } }),
      }),
      thumbnailRoutes({ authenticator, access, spaces, registry, thumbnails, keeper: thumbnailKeeper }),
      partnershipRoutes({ db, authenticator, access, accessChanges, partnerships, spaces }),
      adminRoutes({ db, authenticator, memberships, partnerships, spaces, invites }),
      inviteRoutes({ db, authenticator, access, accessChanges, users, memberships, partnerships, invites, sessions, sessionEndings }),
      teamRoutes({ db, authenticator, access, accessChanges, partnerships, memberships, spaces, teams }),
      mobilityRoutes({ db, authenticator, access, accessChanges, partnerships, memberships, mobilities, spaces }),
      historyRoutes({ authenticator, access, spaces, registry, versions, authors: documentAuthors }),
      pupilRoutes({
        authenticator,
        access,
        partnerships,
        memberships,
        pupils: new PupilAccounts({ db, users, memberships, accessChanges, sessionEndings }),
      }),
      postRoutes({
        authenticator,
        access,
        spaces,
        partnerships,
        mobilities,
        posts,
        workflow: postWorkflow,
        published: new PublishedPosts({ versions, reactions, authors: documentAuthors, uploads, translations: new PublishedTranslations({ translations, authors: documentAuthors }) }),
        search: blogSearch,
        registry,
        authors: documentAuthors,
        credits,
        uploads,
        postEvents,
        languageTaken: translationLanguageTaken(translations),
      }),
      translationRoutes({ db, authenticator, access, accessChanges, spaces, posts, translations, store, credits, auditLog, postEvents }),
      commentRoutes({ authenticator, access, spaces, posts, comments, moderation: commentModeration, limiter: new CommentLimiter(), postEvents }),
      reactionRoutes({ authenticator, access, spaces, posts, reactions, postEvents }),
      liveRoutes({ authenticator, access, partnerships, sessions: liveSessions }),
      exportModule.router,
      showcase.apiRouter,
      practiceModule.router,
      glossaryModule.router,
      reportRoutes({
        db,
        authenticator,
        access,
        spaces,
        partnerships,
        posts,
        comments,
        reports: new ReportRepository(db, credits),
        moderation: commentModeration,
        auditLog,
        workflow: postWorkflow,
      }),
    ],
  });

  handleRequest = app;
  const controlPlane = attachControlPlane(io, { authenticator, access, spaces, posts, live: liveGateway, logger });
  accessChanges.subscribe(collab);
  accessChanges.subscribe(controlPlane);

  httpServer.on('upgrade', (request, socket, head) => {
    if (collab.handleUpgrade(request, socket, head)) return;
    if (request.url?.startsWith('/socket.io/')) return; // engine.io's own upgrade listener takes it
    socket.destroy();
  });

  try {
    await listen(httpServer, config.port, config.host);
  } catch (error) {
    await exportModule.close();
    db.close();
    const code = (error as { code?: string }).code;
    const problem = code === 'EADDRINUSE' ? 'is already in use' : code === 'EACCES' ? 'needs more privileges' : String(error);
    throw new StartupError(`Kopa cannot listen on ${config.host}:${config.port}: the port ${problem}. Set PORT to another port.`, {
      cause: error,
    });
  }

  const sweep = setInterval(() => sessions.deleteExpired(), 60 * 60 * 1000);
  sweep.unref();
  const address = httpServer.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const displayHost = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;

  let closing: Promise<void> | undefined;
  return {
    url: `http://${displayHost.includes(':') ? `[${displayHost}]` : displayHost}:${port}`,
    port,
    logger,
    registry,
    collab,
    close() {
      closing ??= (async () => {
        clearInterval(sweep);
        // Running exports stop first (they read documents and the database).
        await exportModule.close();
        await collab.close();
        await new Promise<void>((resolve) => {
          void io.close(() => resolve());
          httpServer.closeAllConnections();
        });
        await registry.unloadAll();
        // Boards drawn as their last writer left are saved before the database closes.
        await thumbnailKeeper.settle();
        db.close();
      })();
      return closing;
    },
  };
}

function listen(server: http.Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
}
