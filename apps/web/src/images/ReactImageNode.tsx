import { ImageNode } from '@kopa/editor';
import type { JSX } from 'react';
import { ImageView } from './ImageView';

/**
 * The picture node as the browser registers it: the same type 'image', drawn by React.
 *
 * Why a same-type subclass registered in place of ImageNode, not a node replacement
 * ({ replace, with, withKlass }): Lexical registers nodes by type, so a replacement
 * needs a type of its own, which @lexical/yjs would write into the shared document as
 * `__type` (the server and headless editors know only 'image'); and nodes Yjs creates
 * are built from the registered class of their type, never passed through `with`.
 * A subclass that keeps the type is what Lexical's own React HorizontalRuleNode does:
 * documents stay identical, only the drawing differs. `$createImageNode` uses
 * `$create`, which builds whichever class the editor registered.
 */
export class ReactImageNode extends ImageNode {
  override $config() {
    return this.config('image', { extends: ImageNode });
  }

  override decorate(): JSX.Element {
    return (
      <ImageView
        nodeKey={this.getKey()}
        uploadId={this.getUploadId()}
        altText={this.getAltText()}
        width={this.getWidth()}
        height={this.getHeight()}
      />
    );
  }
}
