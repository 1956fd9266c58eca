import { $createLanguageSpanNode, isLanguageTag } from '@kopa/editor';
import { $createLinkNode } from '@lexical/link';
import { canonicalLanguageTag } from '@kopa/protocol';
import { $createParagraphNode, $createTextNode, $getRoot } from 'lexical';
import { describe, expect, it } from 'vitest';
import { renderDocumentHtml, renderDocumentMarkdown, sanitizeHtml } from '../src/index.js';
import { documentFromEditor } from './support/documents.js';

/** "We said Labdien! to our hosts", with "Labdien!" marked Latvian (as the editor stores it). */
const greeting = () =>
  documentFromEditor(() => {
    const root = $getRoot();
    root.clear();
    root.append(
      $createParagraphNode().append(
        $createTextNode('We said '),
        $createLanguageSpanNode('lv').append($createTextNode('Labdien!')),
        $createTextNode(' to our hosts, and '),
        $createLanguageSpanNode('es').append($createLinkNode('https://es.example/').append($createTextNode('¡Hola!'))),
      ),
    );
  });

/** A passage node as crafted JSON (a stored version or a backup), with any `lang`. */
const craftedPassage = (lang: unknown, text = 'Sveiki') => ({
  root: {
    type: 'root',
    children: [{ type: 'paragraph', children: [{ type: 'language-span', lang, children: [{ type: 'text', text }] }] }],
  },
});

describe('passages in another language', () => {
  it('come out as <span lang> in HTML, inside the document’s own language', async () => {
    const html = renderDocumentHtml(await greeting(), { lang: 'en' });
    expect(html).toBe(
      '<div class="kopa-document" lang="en"><p>We said <span lang="lv">Labdien!</span> to our hosts, and ' +
        '<span lang="es"><a href="https://es.example/" rel="ugc noopener noreferrer">¡Hola!</a></span></p></div>',
    );
  });

  it('keep only a well-formed tag: anything else leaves the words without a mark', () => {
    expect(renderDocumentHtml(craftedPassage('pt-BR'))).toContain('<span lang="pt-BR">Sveiki</span>');
    for (const junk of ['"><script>alert(1)</script>', 'latvian', 'en_GB', 42, null, '']) {
      const html = renderDocumentHtml(craftedPassage(junk));
      expect(html, String(junk)).toBe('<div class="kopa-document"><p>Sveiki</p></div>');
    }
    // A stray passage right under the root is read into a paragraph, like other inline content.
    const stray = { root: { type: 'root', children: [{ type: 'language-span', lang: 'de', children: [{ type: 'text', text: 'Hallo' }] }] } };
    expect(renderDocumentHtml(stray)).toBe('<div class="kopa-document"><p><span lang="de">Hallo</span></p></div>');
  });

  it('the sanitizer keeps `lang` only when it is a language tag', () => {
    expect(sanitizeHtml('<p lang="lv">a <span lang="en-GB">b</span></p>')).toBe('<p lang="lv">a <span lang="en-GB">b</span></p>');
    expect(sanitizeHtml('<p lang="javascript:alert(1)">a</p><span lang="x y">b</span><em lang="">c</em>')).toBe('<p>a</p><span>b</span><em>c</em>');
  });

  it('Markdown keeps the words and drops the mark', async () => {
    const markdown = renderDocumentMarkdown(await greeting());
    expect(markdown.trim()).toBe('We said Labdien! to our hosts, and [¡Hola!](https://es.example/)');
  });

  it('the editor’s rule and the REST rule agree on what a language tag is', () => {
    const samples = ['lv', 'en-GB', 'en-gb', 'zh-Hant-TW', 'sr-Latn-RS', 'de-CH-1996', 'x', 'en_GB', 'latvian', 'en-', 'a1', 'ab-c_d', 'x'.repeat(36), '<p>', ''];
    for (const sample of samples) expect(isLanguageTag(sample), sample).toBe(canonicalLanguageTag(sample) !== null);
  });
});
