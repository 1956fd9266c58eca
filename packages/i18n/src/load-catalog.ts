import type { Catalog } from './catalog.js';
import type { Locale } from './locales.js';

// One dynamic import per language, spelled out so bundlers split each catalog into its own chunk.
const loaders: Readonly<Record<Locale, () => Promise<Catalog>>> = {
  en: () => import('./catalogs/en.js').then((module) => module.en),
  lv: () => import('./catalogs/lv.js').then((module) => module.lv),
  es: () => import('./catalogs/es.js').then((module) => module.es),
  it: () => import('./catalogs/it.js').then((module) => module.it),
  ro: () => import('./catalogs/ro.js').then((module) => module.ro),
  bg: () => import('./catalogs/bg.js').then((module) => module.bg),
  mk: () => import('./catalogs/mk.js').then((module) => module.mk),
  fr: () => import('./catalogs/fr.js').then((module) => module.fr),
  de: () => import('./catalogs/de.js').then((module) => module.de),
  pt: () => import('./catalogs/pt.js').then((module) => module.pt),
};

/** One language's messages, fetched on demand: a page carries only the language it shows. */
export function loadCatalog(locale: Locale): Promise<Catalog> {
  return loaders[locale]();
}
