export { startKopaServer, type KopaServer, type KopaServerOptions } from './kopa-server.js';
export { loadConfig, type KopaConfig } from './config.js';
export { DEMO_PASSWORD, DEMO_PEOPLE } from './seed/demo-partnership.js';
