import { imagesWithoutAltText } from '@kopa/editor';
import type { PostDetail } from '@kopa/protocol';
import type { SerializedEditorState } from 'lexical';

/** What still needs a description before the post can go to readers: pictures in the text, and the cover. */
export interface MissingDescriptions {
  pictures: number;
  cover: boolean;
}

/** Counts the way the server checks at submit and publish (the same helper from @kopa/editor). */
export function missingDescriptions(content: SerializedEditorState | null, post: Pick<PostDetail, 'meta'>): MissingDescriptions {
  return {
    pictures: content ? imagesWithoutAltText(content) : 0,
    cover: post.meta.cover !== null && post.meta.coverAlt.trim() === '',
  };
}
