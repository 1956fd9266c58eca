import { $createImageNode } from '@kopa/editor';
import { $createLinkNode, $createAutoLinkNode } from '@lexical/link';
import { $createListItemNode, $createListNode } from '@lexical/list';
import { $createHeadingNode, $createQuoteNode } from '@lexical/rich-text';
import { $createLineBreakNode, $createParagraphNode, $createTabNode, $createTextNode, $getRoot, type TextFormatType } from 'lexical';
import { describe, expect, it } from 'vitest';
import { renderDocumentHtml } from '../src/index.js';
import { documentFromEditor, siteImageUrl } from './support/documents.js';
import { inspectFragment } from './support/html-safety.js';

const UPLOAD = '6f1a2b3c-0000-4000-8000-000000000001';

function formatted(text: string, ...formats: TextFormatType[]) {
  const node = $createTextNode(text);
  for (const format of formats) node.toggleFormat(format);
  return node;
}

/** One document with every node type and text format Kopa's editor writes. */
const everyNode = () =>
  documentFromEditor(() => {
    const root = $getRoot();
    root.clear();
    root.append(
      $createHeadingNode('h1').append($createTextNode('Our visit to Gijón')),
      $createHeadingNode('h2').append($createTextNode('Day one')),
      $createHeadingNode('h3').append($createTextNode('Morning')),
      $createParagraphNode().append(
        $createTextNode('Plain, '),
        formatted('bold', 'bold'),
        $createTextNode(', '),
        formatted('italic', 'italic'),
        $createTextNode(', '),
        formatted('underlined', 'underline'),
        $createTextNode(', '),
        formatted('struck', 'strikethrough'),
        $createTextNode(', '),
        formatted('code', 'code'),
        $createTextNode(', '),
        formatted('both', 'bold', 'italic'),
        $createTextNode(', H'),
        formatted('2', 'subscript'),
        $createTextNode('O, x'),
        formatted('2', 'superscript'),
        $createTextNode(', '),
        formatted('marked', 'highlight'),
        $createLineBreakNode(),
        $createTextNode('after a break'),
        $createTabNode(),
        $createTextNode('after a tab'),
      ),
      $createParagraphNode().append(
        $createTextNode('Read '),
        $createLinkNode('https://example.org/gijon?a=1&b=2', { title: 'Gijón & more' }).append($createTextNode('the town’s page')),
        $createTextNode(' or '),
        $createAutoLinkNode('https://example.org/auto').append($createTextNode('https://example.org/auto')),
        $createTextNode(' or write to '),
        $createLinkNode('mailto:class@example.org').append($createTextNode('our class')),
      ),
      $createQuoteNode().append($createTextNode('Travelling is learning.')),
      $createListNode('bullet').append(
        $createListItemNode().append($createTextNode('cider')),
        $createListItemNode().append($createListNode('bullet').append($createListItemNode().append($createTextNode('sweet')))),
        $createListItemNode().append($createTextNode('cachopo')),
      ),
      $createListNode('number', 3).append($createListItemNode().append($createTextNode('third')), $createListItemNode().append($createTextNode('fourth'))),
      $createParagraphNode(),
      $createImageNode({ uploadId: UPLOAD, altText: 'The beach at San Lorenzo', width: 1920, height: 1280 }),
    );
  });

describe('renderDocumentHtml', () => {
  it('renders every node type and format from a real Yjs document', async () => {
    const html = renderDocumentHtml(await everyNode(), { lang: 'es', imageUrl: siteImageUrl });
    expect(html).toMatch(/^<div class="kopa-document" lang="es">/);
    expect(html).toContain('<h1>Our visit to Gijón</h1><h2>Day one</h2><h3>Morning</h3>');
    for (const fragment of [
      '<strong>bold</strong>',
      '<em>italic</em>',
      '<u>underlined</u>',
      '<s>struck</s>',
      '<code>code</code>',
      '<strong><em>both</em></strong>',
      'H<sub>2</sub>O',
      'x<sup>2</sup>',
      '<mark>marked</mark>',
      '<br />after a break\tafter a tab',
    ]) {
      expect(html).toContain(fragment);
    }
    expect(html).toContain('<a href="https://example.org/gijon?a=1&amp;b=2" rel="ugc noopener noreferrer" title="Gijón &amp; more">the town’s page</a>');
    expect(html).toContain('<a href="https://example.org/auto" rel="ugc noopener noreferrer">https://example.org/auto</a>');
    expect(html).toContain('<a href="mailto:class@example.org" rel="ugc noopener noreferrer">our class</a>');
    expect(html).toContain('<blockquote><p>Travelling is learning.</p></blockquote>');
    // Lexical's nested list (an item of its own) becomes part of the item before it, as HTML nests lists.
    expect(html).toContain('<ul><li>cider<ul><li>sweet</li></ul></li><li>cachopo</li></ul>');
    expect(html).toContain('<ol start="3"><li>third</li><li>fourth</li></ol>');
    // The empty paragraph is left out.
    expect(html).not.toContain('<p></p>');
    expect(html).toContain(
      `<figure class="kopa-image"><img src="files/${UPLOAD}-1280.webp" ` +
        `srcset="files/${UPLOAD}-320.webp 320w, files/${UPLOAD}-640.webp 640w, files/${UPLOAD}-1280.webp 1280w, files/${UPLOAD}-1920.webp 1920w" ` +
        'sizes="(max-width: 46rem) 100vw, 46rem" width="1920" height="1280" alt="The beach at San Lorenzo" loading="lazy" decoding="async" /></figure>',
    );
    expect(inspectFragment(html).problems).toEqual([]);
  });

  it('points pictures wherever the caller says, and always writes alt', async () => {
    const content = await documentFromEditor(() => {
      $getRoot().clear().append(
        $createImageNode({ uploadId: UPLOAD, altText: '', width: 500, height: 250 }),
        $createParagraphNode().append($createTextNode('Small one: '), $createImageNode({ uploadId: UPLOAD, altText: 'tiny', width: 300, height: 300 })),
      );
    });
    const server = renderDocumentHtml(content);
    expect(server).toContain(`src="/files/${UPLOAD}/500.webp" srcset="/files/${UPLOAD}/320.webp 320w, /files/${UPLOAD}/500.webp 500w"`);
    expect(server).toContain('alt=""');
    const showcase = renderDocumentHtml(content, {
      imageUrl: (id, width) => `https://kopa.example.org/files/${id}/${width}.webp`,
      missingAltText: 'A picture without a description',
    });
    expect(showcase).toContain(`src="https://kopa.example.org/files/${UPLOAD}/500.webp"`);
    expect(showcase).toContain('alt="A picture without a description"');
    // A picture inside a paragraph stays inline.
    expect(showcase).toMatch(/<p>Small one: <img src="[^"]+300\.webp"[^>]* alt="tiny"[^>]*\/><\/p>/);
    for (const img of inspectFragment(showcase).elements.filter((element) => element.tagName === 'img')) {
      expect(img.attrs.map((attr) => attr.name)).toContain('alt');
    }
    // A URL function that returns something unsafe loses the picture, not the page.
    const refused = renderDocumentHtml(content, { imageUrl: () => 'javascript:alert(1)' });
    expect(refused).not.toContain('<img');
  });

  it('moves headings down under a page title, never past h6', async () => {
    const content = await documentFromEditor(() => {
      $getRoot().clear().append(
        $createHeadingNode('h1').append($createTextNode('one')),
        $createHeadingNode('h6').append($createTextNode('six')),
      );
    });
    expect(renderDocumentHtml(content, { headingOffset: 1 })).toBe('<div class="kopa-document"><h2>one</h2><h6>six</h6></div>');
  });

  it('puts text that starts at h2 just below the page title, leaving no level out', async () => {
    const content = await documentFromEditor(() => {
      $getRoot().clear().append(
        $createHeadingNode('h2').append($createTextNode('Day one')),
        $createHeadingNode('h3').append($createTextNode('Morning')),
      );
    });
    expect(renderDocumentHtml(content, { headingOffset: 1 })).toBe('<div class="kopa-document"><h2>Day one</h2><h3>Morning</h3></div>');
  });

  it('writes lang only for a language tag, and text as text', () => {
    const content = { root: { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', text: '<b>&amp;</b> "quoted"', format: 0 }] }] } };
    expect(renderDocumentHtml(content, { lang: 'lv' })).toBe('<div class="kopa-document" lang="lv"><p>&lt;b&gt;&amp;amp;&lt;/b&gt; "quoted"</p></div>');
    expect(renderDocumentHtml(content, { lang: 'lv" onclick="x' })).toMatch(/^<div class="kopa-document"><p>/);
  });

  it('renders right-to-left blocks, alignment as classes, and check lists', () => {
    const content = {
      root: {
        type: 'root',
        children: [
          { type: 'paragraph', direction: 'rtl', format: 'center', children: [{ type: 'text', text: 'שלום' }] },
          {
            type: 'list',
            listType: 'check',
            children: [
              { type: 'listitem', checked: true, children: [{ type: 'text', text: 'packed' }] },
              { type: 'listitem', checked: false, children: [{ type: 'text', text: 'tickets' }] },
            ],
          },
        ],
      },
    };
    expect(renderDocumentHtml(content)).toBe(
      '<div class="kopa-document"><p class="kopa-align-center" dir="rtl">שלום</p>' +
        '<ul class="kopa-checklist"><li>☑ packed</li><li>☐ tickets</li></ul></div>',
    );
  });

  it('renders an empty or missing document as an empty fragment', async () => {
    const empty = await documentFromEditor(() => $getRoot().clear().append($createParagraphNode()));
    expect(renderDocumentHtml(empty)).toBe('<div class="kopa-document"></div>');
    expect(renderDocumentHtml(undefined)).toBe('<div class="kopa-document"></div>');
  });
});
