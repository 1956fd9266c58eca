export { runKopaCli, runKopaUntilExit, startKopaProcess, stopKopaProcess, type KopaEntry, type KopaProcess, type KopaProcessOptions } from './kopa-process.js';
export { makeTempDir } from './temp-dir.js';
export { waitFor } from './wait-for.js';
