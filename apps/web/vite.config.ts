import react from '@vitejs/plugin-react';
import { defaultClientConditions, defineConfig } from 'vite';

// The dev server proxies the API, the sync endpoint and Socket.IO to a Kopa
// server on :3000 (npm run dev:server), so the page and its WebSockets share one origin.
const server = process.env.KOPA_DEV_SERVER ?? 'http://localhost:3000';

export default defineConfig({
  plugins: [react()],
  resolve: { conditions: ['@kopa/source', ...defaultClientConditions] },
  build: { target: 'es2022', sourcemap: true },
  server: {
    proxy: {
      '/api': server,
      '/files': server,
      '/yjs': { target: server, ws: true },
      '/socket.io': { target: server, ws: true },
    },
  },
});
