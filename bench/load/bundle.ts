import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/** One entry of Vite's build manifest (`dist/.vite/manifest.json`, `build.manifest: true`). */
interface ManifestEntry {
  file: string;
  src?: string;
  name?: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}
type Manifest = Record<string, ManifestEntry>;

export interface ChunkInfo {
  /** Path under dist, e.g. `assets/index-abc.js`. */
  file: string;
  raw: number;
  /** gzip -9 of the file (what a server precompressing at build time sends). */
  gzip: number;
  /** Libraries and areas of our code found in the chunk's source map (Lexical, Yjs, board, …). */
  contains: string[];
}

/** A lazily loaded page and the chunks it needs beyond what every page loads. */
export interface LazyRoute {
  /** The page's source, e.g. `src/editor/DocumentPage.tsx`. */
  src: string;
  chunks: ChunkInfo[];
  raw: number;
  gzip: number;
}

export interface BundleReport {
  /** Every JavaScript chunk of the build, largest first. */
  chunks: ChunkInfo[];
  /** What index.html loads (its script and modulepreloads): the JS every page starts with. */
  initial: { chunks: ChunkInfo[]; raw: number; gzip: number };
  lazyRoutes: LazyRoute[];
  totalRaw: number;
  totalGzip: number;
}

/** The source-map areas worth naming: the heavy libraries and where our own code lives. */
const AREAS: { label: string; test: RegExp }[] = [
  { label: 'Lexical', test: /node_modules\/(lexical|@lexical)\// },
  { label: 'Yjs', test: /node_modules\/(yjs|y-websocket|y-protocols|lib0|y-indexeddb)\// },
  { label: 'board', test: /(packages\/board\/src|apps\/web\/src\/board|\/src\/board\/)/ },
  { label: 'editor', test: /(packages\/editor\/src|\/src\/editor\/)/ },
  { label: 'React DOM', test: /node_modules\/(react-dom|scheduler)\// },
  { label: 'react-intl', test: /node_modules\/(react-intl|@formatjs)\// },
  { label: 'catalogs', test: /packages\/i18n\/src\/catalogs\// },
  { label: 'zod', test: /node_modules\/zod\// },
  { label: 'Socket.IO', test: /node_modules\/(socket\.io-client|engine\.io-client|socket\.io-parser|engine\.io-parser)\// },
  { label: 'QR code', test: /node_modules\/(qrcode|dijkstrajs|pngjs)\// },
  { label: 'lucide icons', test: /node_modules\/lucide-react\// },
];

/** Code no page before the editor or a board may load. */
export const HEAVY_AREAS = ['Lexical', 'Yjs', 'board', 'editor'];

export function analyseBundle(distDir: string): BundleReport {
  const manifestFile = path.join(distDir, '.vite/manifest.json');
  if (!existsSync(manifestFile)) throw new Error(`${manifestFile} is missing: the web build must write its manifest (build.manifest in apps/web/vite.config.ts)`);
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as Manifest;
  const infos = new Map<string, ChunkInfo>();
  const info = (file: string): ChunkInfo => {
    let known = infos.get(file);
    if (!known) {
      const bytes = readFileSync(path.join(distDir, file));
      known = { file, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length, contains: areasOf(path.join(distDir, `${file}.map`)) };
      infos.set(file, known);
    }
    return known;
  };
  const closure = (key: string, into = new Set<string>()): Set<string> => {
    const entry = manifest[key];
    if (!entry || into.has(entry.file)) return into;
    into.add(entry.file);
    for (const imported of entry.imports ?? []) closure(imported, into);
    return into;
  };
  const sum = (chunks: ChunkInfo[]) => ({ raw: chunks.reduce((total, chunk) => total + chunk.raw, 0), gzip: chunks.reduce((total, chunk) => total + chunk.gzip, 0) });

  const entryKey = Object.keys(manifest).find((key) => manifest[key]!.isEntry);
  if (!entryKey) throw new Error('the build manifest has no entry');
  const initialFiles = closure(entryKey);
  const initial = [...initialFiles].map(info);
  const lazyRoutes = Object.entries(manifest)
    .filter(([, entry]) => entry.isDynamicEntry && entry.file.endsWith('.js'))
    .map(([key, entry]) => {
      const chunks = [...closure(key)].filter((file) => !initialFiles.has(file)).map(info);
      return { src: entry.src ?? key, chunks, ...sum(chunks) };
    })
    .sort((a, b) => b.gzip - a.gzip);
  const chunks = [...new Set(Object.values(manifest).map((entry) => entry.file))]
    .filter((file) => file.endsWith('.js'))
    .map(info)
    .sort((a, b) => b.gzip - a.gzip);
  const totals = sum(chunks);
  return { chunks, initial: { chunks: initial, ...sum(initial) }, lazyRoutes, totalRaw: totals.raw, totalGzip: totals.gzip };
}

/** The size of one built file as a chunk (for files chromium loaded that the manifest does not list). */
export function chunkOf(distDir: string, file: string): ChunkInfo | null {
  const full = path.join(distDir, file);
  if (!existsSync(full)) return null;
  const bytes = readFileSync(full);
  return { file, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length, contains: areasOf(`${full}.map`) };
}

function areasOf(mapFile: string): string[] {
  if (!existsSync(mapFile)) return [];
  const sources = (JSON.parse(readFileSync(mapFile, 'utf8')) as { sources: string[] }).sources;
  return AREAS.filter(({ test }) => sources.some((source) => test.test(source.replaceAll('\\', '/')))).map(({ label }) => label);
}
