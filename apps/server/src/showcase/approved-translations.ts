import { readDocumentContent } from '@kopa/editor';
import type { TranslationRepository } from '../blog/translations/translation-repository.js';
import type { ParallelSource } from '../publishing/parallel-text.js';
import type { ShownItem } from './public-showcase.js';

/**
 * An approved post's versions in other languages, as the public may read them: those frozen when
 * the post was published, only while the version approved is still the one published (a later
 * publishing may have changed them, and nobody approved that for the public yet).
 */
export async function approvedTranslations(translations: Pick<TranslationRepository, 'frozenOf'> | undefined, item: ShownItem): Promise<ParallelSource[]> {
  const { approval } = item;
  if (!translations || approval.type !== 'post' || approval.versionId === null || approval.versionId !== approval.publishedVersionId) return [];
  return Promise.all(
    translations.frozenOf(approval.itemId).map(async (version) => ({ language: version.language, document: await readDocumentContent(version.state) })),
  );
}
