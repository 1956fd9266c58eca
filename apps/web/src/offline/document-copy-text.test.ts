import { createDocumentContent } from '@kopa/editor';
import { describe, expect, it } from 'vitest';
import { documentCopyText } from './document-copy-text';

describe('documentCopyText', () => {
  it('reads a document’s text from its Yjs state, paragraphs apart by blank lines', async () => {
    const state = createDocumentContent([
      { type: 'heading', tag: 'h1', text: 'Coach diary' },
      { type: 'paragraph', text: 'Before the trip we packed.' },
      { type: 'paragraph', text: 'Written on the coach.' },
    ]);
    expect(await documentCopyText(state)).toBe('Coach diary\n\nBefore the trip we packed.\n\nWritten on the coach.');
  });

  it('is empty for an empty document', async () => {
    expect(await documentCopyText(createDocumentContent())).toBe('');
  });
});
