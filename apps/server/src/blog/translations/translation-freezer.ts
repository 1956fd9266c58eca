import { readDocumentContent } from '@kopa/editor';
import * as Y from 'yjs';
import type { DocumentRegistry } from '../../collab/document-registry.js';
import { withLiveDocument } from '../../history/live-document.js';
import type { BlogSearch } from '../blog-search.js';
import { contentText } from '../post-content.js';
import type { TranslationRepository } from './translation-repository.js';

/**
 * Publishing a post freezes its versions: each version's live text (everything received so far
 * stored), read before the publish transaction and written in it (`published_state`). The blog
 * shows those frozen texts until the post is published again; later edits stay in the draft.
 * A version with no words yet is left out of the blog.
 */
export class TranslationFreezer {
  constructor(
    private readonly deps: {
      translations: TranslationRepository;
      registry: DocumentRegistry;
      /** The blog's search: the versions' words find the post too (after the original's, so excerpts stay the original's). */
      search: Pick<BlogSearch, 'append'>;
    },
  ) {}

  /** Reads the versions now; the returned step stores them, inside the publish transaction. */
  async prepare(itemId: string): Promise<() => void> {
    const states = new Map<string, Uint8Array>();
    const texts: string[] = [];
    for (const version of this.deps.translations.list(itemId)) {
      const state = await withLiveDocument(this.deps.registry, version.docId, (doc) => Y.encodeStateAsUpdate(doc.ydoc));
      const text = contentText(await readDocumentContent(state));
      if (text.trim() === '') continue;
      states.set(version.language, state);
      texts.push(text);
    }
    // Runs after the post's own text is indexed, in the same transaction.
    return () => {
      this.deps.translations.freeze(itemId, states);
      this.deps.search.append(itemId, texts.join('\n'));
    };
  }
}
