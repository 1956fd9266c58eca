import react from '@vitejs/plugin-react';
import { defaultClientConditions, defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

// The dev server proxies the API, the sync endpoint and Socket.IO to a Kopa
// server on :3000 (npm run dev:server), so the page and its WebSockets share one origin.
const server = process.env.KOPA_DEV_SERVER ?? 'http://localhost:3000';

/** formatjs's polyfills and their data (src/i18n/intl-polyfills.ts), not react-intl's own formatjs parts. */
const INTL_POLYFILL = /[\\/]@formatjs[\\/]intl-(displaynames|listformat|numberformat|relativetimeformat|datetimeformat)[\\/]|intl-polyfills-install/;
const isIntlPolyfill = (moduleIds: readonly string[]) => moduleIds.some((id) => INTL_POLYFILL.test(id));

export default defineConfig({
  plugins: [
    react(),
    // Our own service worker (src/service-worker/sw.ts), given the list of built files to precache.
    VitePWA({
      strategies: 'injectManifest',
      srcDir: 'src/service-worker',
      filename: 'sw.ts',
      injectRegister: false,
      manifest: {
        name: 'Kopa',
        short_name: 'Kopa',
        description: 'Write, draw and plan together with your partner schools.',
        theme_color: '#2f5bd3',
        background_color: '#ffffff',
        display: 'standalone',
        start_url: '/',
        icons: [{ src: '/favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
      },
      injectManifest: {
        globPatterns: ['**/*.{js,css,html,svg,woff2,webmanifest}'],
        // Date and number formats for browsers that lack a language (intl-polyfills.ts): only those fetch
        // them, and the service worker keeps what they fetched (sw.ts), so nobody else precaches them.
        globIgnores: ['**/intl-polyfill-*.js'],
        // The editor and board chunks must be there offline too.
        maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
      },
      devOptions: { enabled: false },
    }),
  ],
  resolve: { conditions: ['@kopa/source', ...defaultClientConditions] },
  // The manifest lists each chunk and what it imports: bench/load reads it to size every lazily loaded page.
  build: {
    target: 'es2022',
    sourcemap: true,
    manifest: true,
    rollupOptions: { output: { chunkFileNames: (chunk) => (isIntlPolyfill(chunk.moduleIds) ? 'assets/intl-polyfill-[name]-[hash].js' : 'assets/[name]-[hash].js') } },
  },
  server: {
    proxy: {
      '/api': server,
      '/files': server,
      '/yjs': { target: server, ws: true },
      '/socket.io': { target: server, ws: true },
    },
  },
});
