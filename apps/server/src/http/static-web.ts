import fs from 'node:fs';
import path from 'node:path';
import express, { type Router } from 'express';
import { precompressedAssets } from './precompressed-assets.js';

/** The service worker is checked on every visit: otherwise a new version of the app would wait an hour. */
function keepServiceWorkerFresh(response: express.Response, filePath: string): void {
  if (path.basename(filePath) === 'sw.js') response.setHeader('Cache-Control', 'no-cache');
}

/**
 * Serves the built web app: fingerprinted assets cached for a year, and
 * index.html (never cached) for every other page path so client-side routes
 * survive a reload.
 */
export function staticWeb(distDir: string): Router {
  const router = express.Router();
  const indexFile = path.join(distDir, 'index.html');

  // The build's .br/.gz copies first; files without one are gzipped on the fly (compression in http-app).
  router.use('/assets', precompressedAssets(path.join(distDir, 'assets')));
  router.use(
    '/assets',
    express.static(path.join(distDir, 'assets'), { immutable: true, maxAge: '365d', index: false, fallthrough: false }),
  );
  router.use(express.static(distDir, { index: false, maxAge: '1h', setHeaders: keepServiceWorkerFresh }));
  router.get('/{*page}', (_request, response) => {
    if (!fs.existsSync(indexFile)) {
      response
        .status(503)
        .type('text/plain')
        .send('The Kopa web app is not built yet. Run `npm run build` (or `npm start`) and reload.');
      return;
    }
    response.setHeader('Cache-Control', 'no-cache');
    response.sendFile(indexFile);
  });
  return router;
}
