import {
  $create,
  $getDocument,
  $isRangeSelection,
  ElementNode,
  type BaseSelection,
  type DOMConversionMap,
  type DOMConversionOutput,
  type DOMExportOutput,
  type EditorConfig,
  type LexicalNode,
  type LexicalParseJSON,
  type LexicalUpdateJSON,
  type SerializedElementNode,
  type Spread,
} from 'lexical';
import { isLanguageTag } from './language-tag.js';

export type SerializedLanguageSpanNode = Spread<{ lang: string }, SerializedElementNode>;

/**
 * A passage written in another language than the text around it ("Sveiki!" in an
 * English post): an inline element around its words, like a link, that carries a BCP 47
 * tag. It comes out as `<span lang="lv">`, so screen readers switch voice, browsers
 * hyphenate and spell-check in that language, and Kopa reads it aloud with a Latvian voice.
 *
 * The language is a plain `__lang` field (not NodeState), so @lexical/yjs stores it as an
 * attribute of the span's XmlText, which the server's update guard checks. Whatever
 * arrives (through Yjs or JSON), the getter only ever answers a well-formed tag or ''.
 */
export class LanguageSpanNode extends ElementNode {
  __lang = '';

  override $config() {
    return this.config('language-span', { extends: ElementNode, importDOM: LANGUAGE_SPAN_IMPORT });
  }

  override afterCloneFrom(prevNode: this): void {
    super.afterCloneFrom(prevNode);
    this.__lang = prevNode.__lang;
  }

  override updateFromJSON(serializedNode: LexicalParseJSON<SerializedLanguageSpanNode>): this {
    return super
      .updateFromJSON(serializedNode as LexicalUpdateJSON<SerializedElementNode>)
      .setLanguage(languageValue(serializedNode.lang));
  }

  override exportJSON(): SerializedLanguageSpanNode {
    return { ...super.exportJSON(), type: 'language-span', version: 1, lang: this.getLanguage() };
  }

  override createDOM(config: EditorConfig): HTMLElement {
    const span = $getDocument().createElement('span');
    const className = config.theme.languageSpan;
    if (typeof className === 'string') span.className = className;
    writeLang(span, this.getLanguage());
    return span;
  }

  override updateDOM(prevNode: this, dom: HTMLElement): boolean {
    if (prevNode.getLanguage() !== this.getLanguage()) writeLang(dom, this.getLanguage());
    return false;
  }

  /** Outside Kopa (copy and paste, HTML): a plain `<span lang>`, without the editor's class. */
  override exportDOM(): DOMExportOutput {
    const span = $getDocument().createElement('span');
    writeLang(span, this.getLanguage());
    return { element: span };
  }

  override isInline(): true {
    return true;
  }

  override canBeEmpty(): false {
    return false;
  }

  // Typing right before or after a marked passage writes outside it, as with links.
  override canInsertTextBefore(): false {
    return false;
  }

  override canInsertTextAfter(): false {
    return false;
  }

  /** Copying part of a passage keeps its language. */
  override extractWithChild(_child: LexicalNode, selection: BaseSelection): boolean {
    if (!$isRangeSelection(selection)) return false;
    const anchor = selection.anchor.getNode();
    const focus = selection.focus.getNode();
    return (this.is(anchor) || this.isParentOf(anchor)) && (this.is(focus) || this.isParentOf(focus)) && selection.getTextContent().length > 0;
  }

  getLanguage(): string {
    return languageValue(this.getLatest().__lang);
  }

  setLanguage(language: string): this {
    const writable = this.getWritable();
    writable.__lang = languageValue(language);
    return writable;
  }
}

const LANGUAGE_SPAN_IMPORT: DOMConversionMap = {
  // Only a span that says its language becomes a passage; other spans stay what Lexical makes of them.
  span: (element: HTMLElement) =>
    isLanguageTag(element.getAttribute('lang'))
      ? { conversion: (span: HTMLElement): DOMConversionOutput => ({ node: $createLanguageSpanNode(span.getAttribute('lang') ?? '') }), priority: 1 }
      : null,
};

function languageValue(value: unknown): string {
  return isLanguageTag(value) ? value : '';
}

function writeLang(element: HTMLElement, language: string): void {
  if (language === '') element.removeAttribute('lang');
  else element.setAttribute('lang', language);
}

/** A new passage in the given language (a malformed tag gives a passage without one). */
export function $createLanguageSpanNode(language: string): LanguageSpanNode {
  return $create(LanguageSpanNode).setLanguage(language);
}

export function $isLanguageSpanNode(node: LexicalNode | null | undefined): node is LanguageSpanNode {
  return node instanceof LanguageSpanNode;
}
