import { readDocumentContent } from '@kopa/editor';
import type { Credit, PublishedTranslation } from '@kopa/protocol';
import type { TranslationRepository } from './translation-repository.js';

/** The versions of published posts as the partnership reads them: frozen at publishing, with their own writers. */
export class PublishedTranslations {
  constructor(
    private readonly deps: {
      translations: Pick<TranslationRepository, 'frozenOf' | 'frozenLanguagesOf'>;
      /** Credits of a state of a document: whose words are in it. */
      authors: { authorsOf(docId: string, state: Uint8Array): Credit[] };
    },
  ) {}

  /** A published post's versions, oldest first. */
  async of(itemId: string): Promise<PublishedTranslation[]> {
    return Promise.all(
      this.deps.translations.frozenOf(itemId).map(async (version) => ({
        language: version.language,
        content: await readDocumentContent(version.state),
        credits: this.deps.authors.authorsOf(version.docId, version.state),
      })),
    );
  }

  /** For the blog list: each post's published versions' languages. */
  languagesOf(itemIds: readonly string[]): Map<string, string[]> {
    return this.deps.translations.frozenLanguagesOf(itemIds);
  }
}
