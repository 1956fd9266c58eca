import { createTranslator, DEFAULT_LOCALE, isLocale, LOCALES, type Locale } from '@kopa/i18n';
import { pageCsp } from '@kopa/render';
import { Router, type Request, type Response } from 'express';
import type { UploadRepository } from '../uploads/upload-repository.js';
import type { UploadStore } from '../uploads/upload-store.js';
import { publicCredits } from '../publishing/public-credits.js';
import type { ParallelSource } from '../publishing/parallel-text.js';
import type { PublicPracticesLister } from './public-practices.js';
import type { PublicGlossaryLister } from './public-glossary.js';
import { picturesOf, type OpenShowcase, type PublicShowcase, type ShownItem } from './public-showcase.js';
import {
  renderShowcaseGlossary,
  renderShowcaseHome,
  renderShowcaseItem,
  renderShowcaseNotFound,
  type PageContext,
  type PublicItemView,
} from './showcase-pages.js';
import { SHOWCASE_PREFIX } from './showcase-paths.js';
import type { ShowcaseRepository } from './showcase-repository.js';

export interface ShowcasePageRoutesDeps {
  showcase: PublicShowcase;
  repository: ShowcaseRepository;
  uploads: UploadRepository;
  files: UploadStore;
  /** The inventory's public practices (nothing until it provides a lister). */
  publicPractices: PublicPracticesLister;
  /** The glossary's approved terms (nothing until it provides a lister). */
  publicGlossary: PublicGlossaryLister;
  /** An approved post's versions in other languages, as the public may read them (none by default). */
  translationsOf?: (item: ShownItem) => Promise<ParallelSource[]>;
}

/** Pages: no script at all, pictures and the hashed stylesheet only; never framed. */
const PAGE_HEADERS = {
  'Content-Type': 'text/html; charset=utf-8',
  'Content-Security-Policy': `${pageCsp('inline')}; frame-ancestors 'none'`,
  'X-Content-Type-Options': 'nosniff',
  // Asked again each time: a withdrawn consent or approval takes effect at the next visit.
  'Cache-Control': 'no-cache',
  Vary: 'Accept-Language',
};

const PICTURE_HEADERS = {
  'Content-Type': 'image/webp',
  'X-Content-Type-Options': 'nosniff',
  'Content-Security-Policy': "default-src 'none'",
  'Content-Disposition': 'inline',
  'Cache-Control': 'no-cache',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

const VARIANT_FILE = /^([1-9]\d{0,4})\.webp$/;

/**
 * The public showcase, no login: `/showcase/<slug>` (the partnership, its schools, what is
 * approved), `/showcase/<slug>/items/<itemId>` (one approved item, as approved) and
 * `/showcase/<slug>/files/<uploadId>/<width>.webp` (only pictures that an item shown on that
 * showcase shows). Anything else under /showcase (a showcase that is off, an item not
 * approved or not shown, a picture of something else) is the same 404 page.
 */
export function showcasePageRoutes(deps: ShowcasePageRoutesDeps): Router {
  const router = Router();

  const notFound = (request: Request, response: Response) => {
    const locale = localeOf(request);
    response.status(404).set(PAGE_HEADERS).send(renderShowcaseNotFound(createTranslator(locale).t, locale));
  };

  const context = (request: Request, open: OpenShowcase): PageContext => {
    const locale = localeOf(request);
    const { t, intl } = createTranslator(locale);
    return {
      t,
      formatDate: (time) => intl.formatDate(time, { dateStyle: 'long', timeZone: 'UTC' }),
      formatDateRange: (from, to) => intl.formatDateTimeRange(from, to, { dateStyle: 'long', timeZone: 'UTC' }),
      locale,
      origin: `${request.protocol}://${request.get('host') ?? 'localhost'}`,
      slug: open.slug,
      partnership: open.partnership,
      schools: open.schools,
    };
  };

  /** The approved terms; a picture showing a pupil without photo consent is taken off (the term stays). */
  const glossaryOf = (partnershipId: string) => {
    const terms = deps.publicGlossary(partnershipId);
    const withheld = deps.repository.picturesWithoutPhotoConsent(terms.flatMap((term) => (term.picture ? [term.picture.id] : [])));
    return terms.map((term) => (term.picture && withheld.has(term.picture.id) ? { ...term, picture: null, pictureAlt: '' } : term));
  };

  const view = (open: OpenShowcase, item: ShownItem, withCredits: boolean): PublicItemView => ({
    ...item,
    credits: withCredits ? publicCredits(deps.repository, open.partnership.id, item.content.writerIds) : [],
    cover: item.approval.coverUploadId ? deps.uploads.imageIn(open.partnership.id, item.approval.coverUploadId) : null,
  });

  router.get(`${SHOWCASE_PREFIX}/:slug`, async (request: Request<{ slug: string }>, response) => {
    const open = deps.showcase.open(request.params.slug);
    if (!open) return notFound(request, response);
    const items = await deps.showcase.shownItems(open.partnership.id);
    const html = renderShowcaseHome(
      context(request, open),
      items.map((item) => view(open, item, false)),
      deps.publicPractices(open.partnership.id),
      glossaryOf(open.partnership.id).length,
    );
    response.set(PAGE_HEADERS).send(html);
  });

  router.get(`${SHOWCASE_PREFIX}/:slug/glossary`, (request: Request<{ slug: string }>, response) => {
    const open = deps.showcase.open(request.params.slug);
    const terms = open ? glossaryOf(open.partnership.id) : [];
    if (!open || terms.length === 0) return notFound(request, response);
    response.set(PAGE_HEADERS).send(renderShowcaseGlossary(context(request, open), terms));
  });

  router.get(`${SHOWCASE_PREFIX}/:slug/items/:itemId`, async (request: Request<{ slug: string; itemId: string }>, response) => {
    const open = deps.showcase.open(request.params.slug);
    const item = open ? await deps.showcase.shownItem(open.partnership.id, request.params.itemId) : null;
    if (!open || !item) return notFound(request, response);
    const translations = (await deps.translationsOf?.(item)) ?? [];
    response.set(PAGE_HEADERS).send(renderShowcaseItem(context(request, open), { ...view(open, item, true), translations }));
  });

  router.get(
    `${SHOWCASE_PREFIX}/:slug/files/:uploadId/:file`,
    async (request: Request<{ slug: string; uploadId: string; file: string }>, response, next) => {
      const open = deps.showcase.open(request.params.slug);
      const width = Number(VARIANT_FILE.exec(request.params.file)?.[1]);
      const upload = open && width ? deps.uploads.find(request.params.uploadId) : null;
      const stored = upload !== null && upload.partnershipId === open!.partnership.id && upload.image.variants.some((variant) => variant.width === width);
      // Only a picture that an item shown on this showcase shows (its content, or its cover as approved), or an approved glossary term.
      const shown =
        stored &&
        (glossaryOf(open!.partnership.id).some((term) => term.picture?.id === upload.image.id) ||
          (await deps.showcase.shownItems(open!.partnership.id)).some((item) => picturesOf(item.approval, item.content).has(upload.image.id)));
      if (!shown) return void response.status(404).set({ 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-cache' }).send('Not found');
      response.sendFile(deps.files.pathOf(upload.image.id, width), { headers: PICTURE_HEADERS, cacheControl: false, dotfiles: 'deny' }, (error) => {
        if (!error || response.headersSent) return;
        if ((error as { status?: number }).status === 404) response.status(404).type('text/plain').send('Not found');
        else next(error);
      });
    },
  );

  router.use(SHOWCASE_PREFIX, (request, response) => notFound(request, response));

  return router;
}

/** `?lang=lv` when asked for; else the best match for the browser's Accept-Language (Express's negotiator); else English. */
function localeOf(request: Request): Locale {
  const asked = request.query.lang;
  if (isLocale(asked)) return asked;
  const accepted = request.acceptsLanguages([...LOCALES]);
  return isLocale(accepted) ? accepted : DEFAULT_LOCALE;
}
