import { randomUUID } from 'node:crypto';
import { createDocumentContent } from '@kopa/editor';
import { createDocId, type PostPhase } from '@kopa/protocol';
import * as Y from 'yjs';
import { BlogSearch } from '../blog/blog-search.js';
import { PostRepository } from '../blog/post-repository.js';
import { TranslationRepository } from '../blog/translations/translation-repository.js';
import type { SqliteDatabase } from '../db/open-database.js';
import { CreditDirectory } from '../directory/credit-directory.js';
import type { PartnershipRepository } from '../directory/partnership-repository.js';
import type { UserRepository } from '../directory/user-repository.js';
import { DocAuthorRepository } from '../history/doc-author-repository.js';
import { VersionRepository } from '../history/version-repository.js';
import type { MobilityRepository } from '../mobilities/mobility-repository.js';
import type { SpaceRepository } from '../spaces/space-repository.js';
import type { DocumentStore } from '../storage/document-store.js';

export interface DemoPostsDeps {
  db: SqliteDatabase;
  store: DocumentStore;
  users: UserRepository;
  partnerships: PartnershipRepository;
  spaces: SpaceRepository;
  mobilities: MobilityRepository;
}

/** A text by one person: its paragraphs, and who typed them (username). */
interface DemoText {
  writer: string;
  paragraphs: readonly string[];
}

interface DemoPost {
  title: string;
  language: string;
  themes: string[];
  visit: { city: string; phase: PostPhase } | null;
  original: DemoText;
  /** Versions in other languages, by language. */
  versions: Record<string, DemoText>;
  /** Published by this teacher (username), or a draft. */
  publishedBy: string | null;
}

/**
 * The demo's blog posts, in the team Welcome's space. The first is published with versions in
 * Latvian and Spanish, so a new user sees parallel texts at once; the second is a draft a pupil can
 * translate. Tests start without them (KOPA_DEMO_POSTS=0): their fixtures make their own posts.
 */
export const DEMO_POSTS: readonly DemoPost[] = [
  {
    title: 'Five days by the sea in Gijón',
    language: 'en',
    themes: ['cultural heritage', 'diversity'],
    visit: { city: 'Gijón', phase: 'during' },
    publishedBy: 'carmen',
    original: {
      writer: 'giulia',
      paragraphs: [
        'On Monday we arrived in Gijón after a long trip by bus and plane. Lucía and her class were waiting for us at the school with a big welcome sign.',
        'On Tuesday we walked along the beach of San Lorenzo. The sea was cold, but Andrei still went in up to his knees!',
        'On Wednesday we visited the old town and the Roman baths. We learned that Gijón is more than two thousand years old.',
        'On Thursday our host families cooked fabada for us. It is a bean stew, and it is delicious.',
        'On Friday we said goodbye. We promised to write to each other in all our languages.',
      ],
    },
    versions: {
      lv: {
        writer: 'janis',
        paragraphs: [
          'Pirmdien pēc gara brauciena ar autobusu un lidmašīnu mēs ieradāmies Gihonā. Lusija un viņas klase mūs gaidīja skolā ar lielu sveiciena plakātu.',
          'Otrdien mēs gājām gar Sanlorenso pludmali. Jūra bija auksta, bet Andrejs tomēr iegāja ūdenī līdz ceļiem!',
          'Trešdien mēs apmeklējām vecpilsētu un romiešu pirtis. Uzzinājām, ka Gihonai ir vairāk nekā divi tūkstoši gadu.',
          'Ceturtdien mūsu viesģimenes mums pagatavoja fabadu. Tas ir pupiņu sautējums, un tas ir ļoti garšīgs.',
          'Piektdien mēs atvadījāmies. Mēs apsolījām rakstīt viens otram visās mūsu valodās.',
        ],
      },
      es: {
        writer: 'lucia',
        paragraphs: [
          'El lunes llegamos a Gijón después de un largo viaje en autobús y en avión. Lucía y su clase nos esperaban en el instituto con un gran cartel de bienvenida.',
          'El martes paseamos por la playa de San Lorenzo. El agua estaba fría, ¡pero Andrei se metió hasta las rodillas!',
          'El miércoles visitamos el casco antiguo y las termas romanas. Aprendimos que Gijón tiene más de dos mil años.',
          'El jueves nuestras familias de acogida nos cocinaron fabada. Es un guiso de alubias y está buenísimo.',
          'El viernes nos despedimos. Prometimos escribirnos en todos nuestros idiomas.',
        ],
      },
    },
  },
  {
    title: 'What we eat at school',
    language: 'en',
    themes: ['diversity'],
    visit: null,
    publishedBy: null,
    original: {
      writer: 'andrei',
      paragraphs: [
        'In Timișoara, lunch is at one o’clock. We often eat soup first and then meat with potatoes.',
        'In Gijón, lunch is later, at two o’clock, and many pupils eat at home with their families.',
        'In Salerno, there is pasta almost every day, and on Fridays there is fish.',
      ],
    },
    versions: {},
  },
];

/** Runs once, right after the demo partnership was seeded into an empty database. */
export async function seedDemoPosts(deps: DemoPostsDeps): Promise<void> {
  const partnership = deps.partnerships.all()[0];
  const team = partnership ? deps.spaces.spacesOf(partnership.id).find((space) => space.kind === 'team' && space.title === 'Welcome') : undefined;
  if (!partnership || !team) return;
  const userId = (username: string) => deps.users.findByUsername(username)?.id ?? null;
  const mobilities = deps.mobilities.mobilitiesOf(partnership.id);
  const credits = new CreditDirectory(deps.db);
  const repositories = {
    posts: new PostRepository(deps.db),
    versions: new VersionRepository(deps.db, credits),
    search: new BlogSearch(deps.db),
    translations: new TranslationRepository(deps.db),
    authors: new DocAuthorRepository(deps.db),
  };

  for (const post of DEMO_POSTS) {
    // Content first: an item never points at a document with nothing stored.
    const original = { docId: createDocId(), state: textState(post.original) };
    const versions = Object.entries(post.versions).map(([language, text]) => ({ language, text, docId: createDocId(), state: textState(text) }));
    await deps.store.appendUpdates([original, ...versions].map(({ docId, state }) => ({ docId, update: state })));

    const itemId = randomUUID();
    const writer = userId(post.original.writer);
    const teacher = post.publishedBy ? userId(post.publishedBy) : null;
    const mobility = post.visit ? mobilities.find((candidate) => candidate.city === post.visit!.city) : undefined;
    deps.db.transaction(() => {
      deps.spaces.insertItem({ id: itemId, spaceId: team.id, type: 'post', title: post.title, docId: original.docId }, writer);
      repositories.posts.insert(itemId, post.language);
      repositories.posts.updateMeta(itemId, {
        language: post.language,
        themes: post.themes,
        mobilityId: mobility?.id ?? null,
        phase: mobility ? post.visit!.phase : null,
        coverUploadId: null,
        coverAlt: '',
      });
      // Whose words are whose: each text was typed by one person.
      claim(repositories.authors, original.docId, original.state, writer);
      for (const version of versions) {
        repositories.translations.insert({ itemId, language: version.language, docId: version.docId, createdBy: userId(version.text.writer), createdAt: Date.now() });
        claim(repositories.authors, version.docId, version.state, userId(version.text.writer));
      }
      if (!teacher || !writer) return;
      // Submitted by its writer, published by a teacher, as the workflow would have it.
      const submitted = repositories.versions.save({ itemId, kind: 'submitted', state: original.state, createdBy: writer });
      repositories.posts.markSubmitted(itemId, submitted.id);
      repositories.posts.addReview({ itemId, authorId: writer, action: 'submit', message: '', versionId: submitted.id });
      const published = repositories.versions.save({ itemId, kind: 'published', state: original.state, createdBy: teacher });
      repositories.posts.markPublished(itemId, published.id, teacher);
      repositories.posts.addReview({ itemId, authorId: teacher, action: 'publish', message: '', versionId: published.id });
      repositories.search.index(itemId, post.title, post.original.paragraphs.join('\n'));
      repositories.translations.freeze(itemId, new Map(versions.map((version) => [version.language, version.state])));
      repositories.search.append(itemId, versions.flatMap((version) => version.text.paragraphs).join('\n'));
    })();
  }
}

function textState(text: DemoText): Uint8Array {
  return createDocumentContent(text.paragraphs.map((paragraph) => ({ type: 'paragraph' as const, text: paragraph })));
}

/** Records the Yjs client that wrote a state as the person's. */
function claim(authors: DocAuthorRepository, docId: string, state: Uint8Array, userId: string | null): void {
  if (!userId) return;
  authors.claim(docId, [...Y.decodeStateVector(Y.encodeStateVectorFromUpdate(state)).keys()], userId);
}
