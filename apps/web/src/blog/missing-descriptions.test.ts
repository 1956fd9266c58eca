import type { PostMeta } from '@kopa/protocol';
import type { SerializedEditorState } from 'lexical';
import { describe, expect, it } from 'vitest';
import { missingDescriptions } from './missing-descriptions';

const meta = (cover: boolean, coverAlt = ''): { meta: PostMeta } => ({
  meta: {
    language: 'en',
    themes: [],
    mobilityId: null,
    phase: null,
    cover: cover ? { id: 'u1', width: 640, height: 480, url: '/files/u1/640.webp', variants: [] } : null,
    coverAlt,
  },
});

const image = (altText: string) => ({ type: 'image', version: 1, uploadId: 'u', altText, width: 10, height: 10 });
const paragraph = (...children: unknown[]) => ({ type: 'paragraph', children });
const content = (...children: unknown[]) => ({ root: { type: 'root', children } }) as unknown as SerializedEditorState;

describe('missingDescriptions', () => {
  it('counts pictures without a description anywhere in the content', () => {
    const state = content(paragraph(image(''), image('A bridge over the Daugava')), paragraph(image('   ')));
    expect(missingDescriptions(state, meta(false))).toEqual({ pictures: 2, cover: false });
  });

  it('asks for the cover description only when there is a cover', () => {
    expect(missingDescriptions(content(paragraph()), meta(true))).toEqual({ pictures: 0, cover: true });
    expect(missingDescriptions(content(paragraph()), meta(true, 'Our class in Gijón'))).toEqual({ pictures: 0, cover: false });
    expect(missingDescriptions(null, meta(false))).toEqual({ pictures: 0, cover: false });
  });
});
