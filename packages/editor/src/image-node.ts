import {
  $create,
  $getDocument,
  DecoratorNode,
  type DOMExportOutput,
  type EditorConfig,
  type LexicalNode,
  type LexicalParseJSON,
  type LexicalUpdateJSON,
  type SerializedLexicalNode,
  type Spread,
} from 'lexical';
import { imageVariants } from './image-files.js';

export type SerializedImageNode = Spread<
  { uploadId: string; altText: string; width: number; height: number },
  SerializedLexicalNode
>;

export interface ImageProperties {
  uploadId: string;
  altText: string;
  width: number;
  height: number;
}

/**
 * A picture uploaded to Kopa, as a block of its own: which upload, its size (of the
 * largest variant, for the aspect ratio) and the description a screen reader reads.
 *
 * It renders nothing here: `decorate` returns null, so the server and tests can hold
 * pictures in headless editors without React. The web app registers a subclass with
 * the same type whose `decorate` returns its React component (see apps/web/src/images).
 *
 * Properties are plain `__` fields, not NodeState: @lexical/yjs stores fields as
 * attributes of the picture's XmlElement, which the server's update guard accepts;
 * NodeState would travel as a nested Y.Map it refuses.
 */
export class ImageNode extends DecoratorNode<unknown> {
  __uploadId = '';
  __altText = '';
  __width = 0;
  __height = 0;

  override $config() {
    return this.config('image', { extends: DecoratorNode });
  }

  override afterCloneFrom(prevNode: this): void {
    super.afterCloneFrom(prevNode);
    this.__uploadId = prevNode.__uploadId;
    this.__altText = prevNode.__altText;
    this.__width = prevNode.__width;
    this.__height = prevNode.__height;
  }

  /** JSON comes from clients and stored versions: anything of the wrong kind becomes empty. */
  override updateFromJSON(serializedNode: LexicalParseJSON<SerializedImageNode>): this {
    const { uploadId, altText, width, height } = serializedNode;
    return super
      .updateFromJSON(serializedNode as LexicalUpdateJSON<SerializedLexicalNode>)
      .setUploadId(stringValue(uploadId))
      .setAltText(stringValue(altText))
      .setSize(sizeValue(width), sizeValue(height));
  }

  override exportJSON(): SerializedImageNode {
    return {
      ...super.exportJSON(),
      type: 'image',
      version: 1,
      uploadId: this.getUploadId(),
      altText: this.getAltText(),
      width: this.getWidth(),
      height: this.getHeight(),
    };
  }

  /** Readers outside Kopa's editor (copy and paste, HTML export) get an ordinary picture with its description. */
  override exportDOM(): DOMExportOutput {
    const img = $getDocument().createElement('img');
    const variants = imageVariants(this.getUploadId(), this.getWidth());
    img.src = variants.at(-1)?.url ?? '';
    img.srcset = variants.map((variant) => `${variant.url} ${variant.width}w`).join(', ');
    img.alt = this.getAltText();
    img.width = this.getWidth();
    img.height = this.getHeight();
    return { element: img };
  }

  override createDOM(config: EditorConfig): HTMLElement {
    const element = $getDocument().createElement('div');
    const className = config.theme.image;
    if (typeof className === 'string') element.className = className;
    return element;
  }

  override updateDOM(): false {
    return false;
  }

  override isInline(): false {
    return false;
  }

  override decorate(): unknown {
    return null;
  }

  // The getters check what they return: a writer's client sets these fields through
  // Yjs, where nothing stops a number arriving as the description.
  getUploadId(): string {
    return stringValue(this.getLatest().__uploadId);
  }

  setUploadId(uploadId: string): this {
    const writable = this.getWritable();
    writable.__uploadId = uploadId;
    return writable;
  }

  getAltText(): string {
    return stringValue(this.getLatest().__altText);
  }

  setAltText(altText: string): this {
    const writable = this.getWritable();
    writable.__altText = altText;
    return writable;
  }

  getWidth(): number {
    return sizeValue(this.getLatest().__width);
  }

  getHeight(): number {
    return sizeValue(this.getLatest().__height);
  }

  setSize(width: number, height: number): this {
    const writable = this.getWritable();
    writable.__width = width;
    writable.__height = height;
    return writable;
  }
}

function stringValue(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

function sizeValue(value: unknown): number {
  return typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : 0;
}

/**
 * A new picture node. `$create` builds whichever class the editor registered for
 * the type `image`: the plain one headless, the React-rendering one in the browser.
 */
export function $createImageNode({ uploadId, altText, width, height }: ImageProperties): ImageNode {
  return $create(ImageNode).setUploadId(uploadId).setAltText(altText).setSize(width, height);
}

export function $isImageNode(node: LexicalNode | null | undefined): node is ImageNode {
  return node instanceof ImageNode;
}
