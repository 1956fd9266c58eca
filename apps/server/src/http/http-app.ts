import type { InstanceInfo } from '@kopa/protocol';
import compression from 'compression';
import express, { type RequestHandler, type Router } from 'express';
import helmet from 'helmet';
import { createErrorHandler, apiNotFound } from './error-handler.js';
import { HttpError } from './http-error.js';
import type { OriginPolicy } from './origin-policy.js';
import { staticWeb } from './static-web.js';
import type { Logger } from '../logger.js';

export interface HttpAppDeps {
  logger: Logger;
  originPolicy: OriginPolicy;
  trustProxy: boolean;
  webDistDir: string;
  demo: boolean;
  /** Routers mounted under /api, in order. */
  apiRouters: Router[];
  /**
   * Routers under /api that read their own request body (picture uploads: raw bytes up to
   * 10 MB), mounted after the origin check but before the JSON parser and its 256 kB limit.
   */
  rawBodyApiRouters?: Router[];
  /**
   * Serves uploaded pictures at /files: outside /api because <img> loads them (cached, not
   * JSON), and before the web app so a missing picture is a 404, never the app's page.
   */
  filesRouter?: Router;
  /**
   * Pages the server renders itself (the public showcase under /showcase), before the web app
   * so that their addresses never fall through to its index.html.
   */
  pageRouters?: Router[];
}

/** Express: security headers, `/api` (JSON only, same-origin writes), then the web app. */
export function createHttpApp(deps: HttpAppDeps): express.Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', deps.trustProxy);
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          // Lexical positions collaborators' carets with inline styles.
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", 'data:', 'blob:'],
          connectSrc: ["'self'"],
          objectSrc: ["'none'"],
          frameAncestors: ["'none'"],
          upgradeInsecureRequests: null,
        },
      },
      // Kopa is often served over plain http inside a school network.
      strictTransportSecurity: false,
    }),
  );

  // Text answers (API JSON, index.html, assets the build did not precompress) are compressed on the
  // fly; pictures (WebP) are not, compressing them gains nothing. See static-web.ts for the assets.
  app.use(compression({ threshold: 1024 }));

  app.get('/api/health', (_request, response) => {
    response.json({ status: 'ok' });
  });
  app.get('/api/instance', (_request, response) => {
    const info: InstanceInfo = { demo: deps.demo };
    response.json(info);
  });
  app.use(
    '/api',
    noStore,
    sameOriginWrites(deps.originPolicy),
    ...(deps.rawBodyApiRouters ?? []),
    express.json({ limit: '256kb' }),
    ...deps.apiRouters,
  );
  app.use('/api', apiNotFound);
  if (deps.filesRouter) app.use('/files', deps.filesRouter);
  for (const router of deps.pageRouters ?? []) app.use(router);
  app.use(staticWeb(deps.webDistDir));
  app.use(createErrorHandler(deps.logger));
  return app;
}

const noStore: RequestHandler = (_request, response, next) => {
  response.setHeader('Cache-Control', 'no-store');
  next();
};

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Cookies travel with cross-site form posts; writes from a foreign page are refused. */
function sameOriginWrites(policy: OriginPolicy): RequestHandler {
  return (request, _response, next) => {
    if (SAFE_METHODS.has(request.method) || policy.isAllowed(request)) return next();
    next(new HttpError(403, 'foreign_origin', 'Requests from other websites are not allowed.'));
  };
}
