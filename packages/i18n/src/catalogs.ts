import type { Catalog } from './catalog.js';
import { bg } from './catalogs/bg.js';
import { de } from './catalogs/de.js';
import { en } from './catalogs/en.js';
import { es } from './catalogs/es.js';
import { fr } from './catalogs/fr.js';
import { it } from './catalogs/it.js';
import { lv } from './catalogs/lv.js';
import { mk } from './catalogs/mk.js';
import { pt } from './catalogs/pt.js';
import { ro } from './catalogs/ro.js';
import type { Locale } from './locales.js';

/**
 * Every catalog at once, for the server (exports, showcase) and tests. The web app
 * never imports this: it loads only the reader's language with `loadCatalog`.
 */
export const catalogs: Readonly<Record<Locale, Catalog>> = { en, lv, es, it, ro, bg, mk, fr, de, pt };
