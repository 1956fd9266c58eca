import type { ItemType, Mobility, PostPhase, UploadedImage } from '@kopa/protocol';
import type { PostRepository } from '../../blog/post-repository.js';
import type { PartnershipRecord, PartnershipRepository, SchoolRecord } from '../../directory/partnership-repository.js';
import type { VersionRepository } from '../../history/version-repository.js';
import type { MobilityRepository } from '../../mobilities/mobility-repository.js';
import { publicCredits, type PublicCredit, type PublicPersonLookup } from '../../publishing/public-credits.js';
import type { FrozenContent, FrozenContents } from '../../showcase/frozen-content.js';
import type { SpaceRecord, SpaceRepository } from '../../spaces/space-repository.js';
import type { DocumentStore } from '../../storage/document-store.js';
import type { UploadRepository } from '../../uploads/upload-repository.js';
import { documentState } from '../document-state.js';
import type { TranslationRepository } from '../../blog/translations/translation-repository.js';
import type { PublishedGlossaryTerm } from '../../publishing/glossary-html.js';
import { publishedTermsOf, type GlossarySource } from '../../glossary/published-terms.js';
import { ExportError, yieldToEventLoop, type ExportProgress, type ExportScope } from '../export-format.js';

/** What the website and Markdown exports read: repositories, the stored documents, the consent rules. */
export interface PublishingDeps {
  partnerships: Pick<PartnershipRepository, 'find' | 'schoolsOf'>;
  spaces: Pick<SpaceRepository, 'spacesOf' | 'findSpace' | 'itemsOf'>;
  mobilities: Pick<MobilityRepository, 'mobilitiesOf'>;
  posts: Pick<PostRepository, 'find'>;
  versions: Pick<VersionRepository, 'find'>;
  store: DocumentStore;
  /** Resolves once every change applied so far is on disk. */
  flushed(): Promise<void>;
  /** Reads a document's, post's or board's state: content, pictures, text, writers. */
  frozen: Pick<FrozenContents, 'read'>;
  /** Names by the consent rule, and which pictures show a pupil without photo consent. */
  people: PublicPersonLookup & { picturesWithoutPhotoConsent(uploadIds: Iterable<string>): Set<string> };
  uploads: Pick<UploadRepository, 'find'>;
  /** Posts' versions in other languages, as frozen when each post was published. */
  translations?: Pick<TranslationRepository, 'frozenOf'>;
  /** The partnership's glossary: its approved terms are exported (glossary.html, glossary.md). */
  glossary: GlossarySource;
  /** `<data>/files`: the pictures' bytes. */
  filesDir: string;
}

/** A published post's own facts, as of its publication. */
export interface ExportedPost {
  language: string;
  themes: string[];
  mobilityId: string | null;
  phase: PostPhase | null;
  publishedAt: number;
  /** The cover, unless it shows a pupil without photo consent. */
  cover: UploadedImage | null;
  coverAlt: string;
  /** Its versions in other languages, as frozen when it was published (the original's language is `language`). */
  translations: ExportedTranslation[];
}

/** A post's version in another language. */
export interface ExportedTranslation {
  language: string;
  content: FrozenContent;
}

/** One document, board or published post of the scope, with what is shown of it. */
export interface ExportedItem {
  id: string;
  type: ItemType;
  title: string;
  space: SpaceRecord;
  /** Documents and boards: their current state; posts: their published version. */
  content: FrozenContent;
  credits: PublicCredit[];
  post: ExportedPost | null;
  /** Documents and boards: the language they are written in ('' when not said); a post's is in `post`. */
  language: string;
}

export interface ScopeContent {
  partnership: PartnershipRecord;
  schools: SchoolRecord[];
  /** The exported space (scope 'space'), or null for the whole partnership. */
  space: SpaceRecord | null;
  /** The visits the timeline shows: all of them, or those the exported space's posts or diary belong to. */
  mobilities: Mobility[];
  /** Documents, boards and published posts, space by space in their order. */
  items: ExportedItem[];
  /** Everyone who wrote something exported, by the consent rule. */
  credits: PublicCredit[];
  /** Pictures not copied: they show a pupil whose school has not given photo consent. */
  withheldPictures: ReadonlySet<string>;
  /** The partnership's approved glossary terms (whatever the scope: the words belong to every text). */
  glossary: PublishedGlossaryTerm[];
}

/**
 * What a member's website or Markdown export holds (docs/api.md, "Exports and backups"): every
 * document and board of the scope as it is now, and every post published in the blog as it was
 * published (never a draft: a post that is not published is left out, and a published post's
 * later edits stay out until it is published again). Deleted items are left out; comments,
 * reactions, reviews and history are not part of it. Pupils are named only with their
 * publication consent; pictures showing a pupil without photo consent are left out. Unlike the
 * public showcase, no teacher's approval is needed: the export is the exporter's to share.
 */
export async function readScopeContent(deps: PublishingDeps, scope: ExportScope, progress: ExportProgress, stepsAfter: number): Promise<ScopeContent> {
  await deps.flushed();
  const partnership = deps.partnerships.find(scope.partnershipId);
  if (!partnership) throw new ExportError('The partnership no longer exists.');
  let space: SpaceRecord | null = null;
  if (scope.kind === 'space') {
    space = deps.spaces.findSpace(scope.spaceId);
    if (!space || space.partnershipId !== partnership.id) throw new ExportError('The space no longer exists.');
  }
  const spaces = space ? [space] : deps.spaces.spacesOf(partnership.id);
  const candidates = spaces.flatMap((each) => deps.spaces.itemsOf(each.id).map((item) => ({ item, space: each })));
  // Reading each item is a step; what the format writes afterwards is counted again once known.
  progress.setTotal(candidates.length + stepsAfter);

  const items: ExportedItem[] = [];
  for (const { item, space: itemSpace } of candidates) {
    const exported = await readItem(deps, partnership.id, item, itemSpace);
    if (exported) items.push(exported);
    progress.advance();
    await yieldToEventLoop();
    progress.signal.throwIfAborted();
  }

  const pictures = new Set<string>();
  for (const item of items) {
    for (const picture of item.content.pictures) pictures.add(picture);
    if (item.post?.cover) pictures.add(item.post.cover.id);
    for (const version of item.post?.translations ?? []) for (const picture of version.content.pictures) pictures.add(picture);
  }
  const glossary = publishedTermsOf(deps.glossary, deps.uploads, partnership.id);
  for (const term of glossary) if (term.picture) pictures.add(term.picture.id);
  const withheldPictures = deps.people.picturesWithoutPhotoConsent(pictures);
  for (const item of items) {
    if (item.post?.cover && withheldPictures.has(item.post.cover.id)) item.post.cover = null;
  }
  for (const term of glossary) {
    if (term.picture && withheldPictures.has(term.picture.id)) term.picture = null;
  }

  const allMobilities = deps.mobilities.mobilitiesOf(partnership.id);
  const wanted = new Set(items.flatMap((item) => (item.post?.mobilityId ? [item.post.mobilityId] : [])));
  if (space?.mobilityId) wanted.add(space.mobilityId);
  const mobilities = space ? allMobilities.filter((mobility) => wanted.has(mobility.id)) : allMobilities;

  return {
    partnership,
    schools: deps.partnerships.schoolsOf(partnership.id),
    space,
    mobilities,
    items,
    credits: publicCredits(deps.people, partnership.id, items.flatMap(writersOf)),
    withheldPictures,
    glossary,
  };
}

/** Whose words an exported item holds: its own writers, then its versions' (each once, by publicCredits). */
function writersOf(item: Pick<ExportedItem, 'content' | 'post'>): string[] {
  return [...item.content.writerIds, ...(item.post?.translations ?? []).flatMap((version) => version.content.writerIds)];
}

/** The Yjs update of an empty document. */
const EMPTY_STATE = new Uint8Array([0, 0]);

async function readItem(
  deps: PublishingDeps,
  partnershipId: string,
  item: { id: string; type: ItemType; title: string; docId: string; language?: string },
  space: SpaceRecord,
): Promise<ExportedItem | null> {
  let state: Uint8Array | null;
  let post: ExportedPost | null = null;
  if (item.type === 'post') {
    const record = deps.posts.find(item.id);
    // Only what the blog shows: the frozen published version, never the draft.
    if (!record?.publishedVersionId || record.publishedAt === null) return null;
    state = deps.versions.find(item.id, record.publishedVersionId)?.state ?? null;
    const cover = record.coverUploadId ? deps.uploads.find(record.coverUploadId) : null;
    post = {
      language: record.language,
      themes: record.themes,
      mobilityId: record.mobilityId,
      phase: record.phase,
      publishedAt: record.publishedAt,
      cover: cover && cover.partnershipId === partnershipId ? cover.image : null,
      coverAlt: record.coverAlt,
      translations: [],
    };
  } else {
    state = await documentState(deps.store, item.docId);
  }
  // A document or board nobody has written in yet has no stored state: it is empty.
  if (!state) {
    if (item.type === 'post') return null;
    state = EMPTY_STATE;
  }
  const content = await deps.frozen.read(item.type, item.docId, state);
  for (const version of post ? (deps.translations?.frozenOf(item.id) ?? []) : []) {
    post!.translations.push({ language: version.language, content: await deps.frozen.read('post', version.docId, version.state) });
  }
  return {
    id: item.id,
    type: item.type,
    title: item.title,
    space,
    content,
    // A post's translators are its writers too.
    credits: publicCredits(deps.people, partnershipId, writersOf({ content, post })),
    post,
    language: item.type === 'post' ? '' : (item.language ?? ''),
  };
}
