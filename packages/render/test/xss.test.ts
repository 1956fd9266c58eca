import { columnsOf, objectsOf, settingsOf } from '@kopa/board';
import { parse, parseFragment, serialize } from 'parse5';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { xmlProblem } from '../../board/test/support/xml-well-formed.js';
import { renderBoardSvg, renderDocumentHtml, renderDocumentMarkdown, renderPage, safeUrl, sanitizeHtml, sanitizeSvg } from '../src/index.js';
import { inspectFragment, inspectPage, schemeOf } from './support/html-safety.js';
import { markdownProblems, markdownText, readMarkdown } from './support/markdown.js';
import { XSS_LEXICAL_DOCUMENTS, XSS_PAYLOADS, XSS_STRINGS, XSS_URLS, xssDocument, type XssPayload } from './xss-payloads.js';

const UPLOAD = '6f1a2b3c-0000-4000-8000-000000000001';
const SAFE_SCHEMES = ['http', 'https', 'mailto'];

/** The problems in HTML as a browser parses it, and again after the browser serialises and re-parses it (innerHTML): mutation XSS. */
function problemsOf(html: string): string[] {
  const reparsed = serialize(parseFragment(html));
  return [...inspectFragment(html).problems, ...inspectFragment(reparsed).problems.map((problem) => `after re-parsing: ${problem}`)];
}

const paragraph = (text: string) => ({ type: 'paragraph', children: [{ type: 'text', text, format: 0 }] });
const doc = (...children: unknown[]) => ({ root: { type: 'root', children } });

/** What a browser shows of a text: the HTML parser reads CR and CRLF as LF, and we drop control characters. */
// eslint-disable-next-line no-control-regex -- exactly the characters rendering drops
const shownText = (value: string) => value.replace(/\r\n?/g, '\n').replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g, '');

function textOfFirst(html: string, tag: string): string | undefined {
  const element = inspectFragment(html).elements.find((candidate) => candidate.tagName === tag);
  if (!element) return undefined;
  const parts: string[] = [];
  const walk = (node: { childNodes?: unknown[]; value?: string; nodeName?: string }) => {
    if (node.nodeName === '#text' && node.value !== undefined) parts.push(node.value);
    for (const child of (node.childNodes ?? []) as (typeof node)[]) walk(child);
  };
  walk(element as never);
  return parts.join('');
}

describe('the payload set', () => {
  it('is one set of well over a hundred distinct payloads', () => {
    const ids = XSS_PAYLOADS.map((payload) => payload.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(XSS_PAYLOADS.length).toBeGreaterThanOrEqual(130);
    expect(XSS_LEXICAL_DOCUMENTS.length).toBeGreaterThanOrEqual(30);
  });

  it('is dangerous without the sanitiser (the checker is not blind)', () => {
    const raw = XSS_STRINGS.filter((payload) => inspectFragment(payload.value).problems.length > 0);
    // Most payloads are caught by the checker when not sanitised; the rest only work in other contexts (JSON-LD, Markdown, URLs).
    expect(raw.length).toBeGreaterThan(60);
    expect(inspectFragment('<a href="jav&#x09;ascript:alert(1)">x</a>').problems).toHaveLength(1);
    expect(inspectFragment('<svg><a xlink:href="javascript:alert(1)"></a></svg>').problems).toHaveLength(1);
    expect(markdownProblems('[x](javascript:alert(1)) <img src=x onerror=alert(1)>')).toHaveLength(2);
  });
});

describe('sanitizeHtml', () => {
  it.each(XSS_STRINGS)('leaves nothing executable of $id', ({ value }) => {
    const clean = sanitizeHtml(value);
    expect(problemsOf(clean)).toEqual([]);
    // Sanitising what a browser made of the output changes nothing that matters either.
    expect(problemsOf(sanitizeHtml(serialize(parseFragment(clean))))).toEqual([]);
  });

  it('keeps the allowed markup and drops the rest', () => {
    expect(sanitizeHtml('<p class="x" style="color:red" onclick="alert(1)">Hi <a href="https://example.org" target="_blank">there</a></p>')).toBe(
      '<p class="x">Hi <a href="https://example.org/">there</a></p>',
    );
    expect(sanitizeHtml('<a href="/relative/path?a=1">r</a><a href="#top">t</a><a href="mailto:a@example.org">m</a><a href="//evil.invalid/">p</a>')).toBe(
      '<a href="/relative/path?a=1">r</a><a href="#top">t</a><a href="mailto:a@example.org">m</a><a>p</a>',
    );
    expect(sanitizeHtml('<iframe srcdoc="x">inside</iframe><object>o</object><form>f</form>')).toBe('f');
  });
});

describe('documents with the payloads in them', () => {
  it.each(XSS_PAYLOADS)('$id: as text, a heading, a link title and a picture description, it stays text', ({ value }) => {
    const content = doc(paragraph(value), {
      type: 'paragraph',
      children: [{ type: 'link', url: 'https://example.org/', title: value, children: [{ type: 'text', text: value }] }],
    }, { type: 'image', uploadId: UPLOAD, altText: value, width: 640, height: 480 });
    const html = renderDocumentHtml(content, { lang: 'lv' });
    expect(problemsOf(html)).toEqual([]);
    expect(textOfFirst(html, 'p')).toBe(shownText(value));
    const img = inspectFragment(html).elements.find((element) => element.tagName === 'img');
    expect(img?.attrs.find((attr) => attr.name === 'alt')?.value).toBe(shownText(value).trim());
    const markdown = renderDocumentMarkdown(content);
    expect(markdownProblems(markdown)).toEqual([]);
    const first = readMarkdown(markdown).children[0];
    // A Markdown reader shows the same text (spaces around line endings aside, which Markdown does not keep).
    const squeeze = (text: string) => text.trim().replace(/[ \t]*\n[ \t]*/g, '\n');
    if (shownText(value).trim() !== '') expect(squeeze(markdownText(first!))).toBe(squeeze(shownText(value)));
  });

  it('renders the whole payload document (every payload as text, bold heading, link and description) safely', () => {
    const html = renderDocumentHtml(xssDocument());
    expect(problemsOf(html)).toEqual([]);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(markdownProblems(renderDocumentMarkdown(xssDocument()))).toEqual([]);
  });

  it.each(XSS_URLS)('$id: as a link or a picture URL, it is dropped or made harmless', ({ value }) => {
    const link = safeUrl(value, 'link');
    if (link !== null) expect(SAFE_SCHEMES).toContain(schemeOf(link) ?? 'http');
    const resource = safeUrl(value, 'resource');
    if (resource !== null) expect(['http', 'https']).toContain(schemeOf(resource) ?? 'http');
    const content = doc({ type: 'paragraph', children: [{ type: 'link', url: value, children: [{ type: 'text', text: 'click' }] }] }, { type: 'image', uploadId: UPLOAD, altText: 'x', width: 640, height: 480 });
    const html = renderDocumentHtml(content, { imageUrl: () => value });
    expect(problemsOf(html)).toEqual([]);
    expect(markdownProblems(renderDocumentMarkdown(content, { imageUrl: () => value }))).toEqual([]);
  });

  it.each(XSS_LEXICAL_DOCUMENTS)('$id: crafted Lexical JSON renders without anything executable', ({ content }) => {
    const html = renderDocumentHtml(content);
    expect(problemsOf(html)).toEqual([]);
    expect(html).not.toMatch(/<script|<iframe|href="javascript:/i);
    expect(markdownProblems(renderDocumentMarkdown(content))).toEqual([]);
  });

  it('keeps the text of unknown and deeply nested nodes, never their fields', () => {
    const byId = new Map(XSS_LEXICAL_DOCUMENTS.map((entry) => [entry.id, entry.content]));
    expect(renderDocumentHtml(byId.get('html-node'))).toBe('<div class="kopa-document"></div>');
    expect(renderDocumentHtml(byId.get('html-node-with-children'))).toBe('<div class="kopa-document"><p>&lt;img src=x onerror=alert(1)&gt;</p></div>');
    expect(renderDocumentHtml(byId.get('deep-nesting'))).toContain('&lt;img src=x onerror=alert(1)&gt; deep');
    expect(renderDocumentHtml(byId.get('deep-lists'))).toContain('&lt;script&gt;alert(1)&lt;/script&gt; deepest');
    expect(renderDocumentHtml(byId.get('nested-links'))).toContain('<a href="https://example.org/a" rel="ugc noopener noreferrer">inner</a>');
    expect(renderDocumentHtml(byId.get('children-of-wrong-kinds'))).toBe('<div class="kopa-document"><p>kept</p></div>');
  });
});

describe('pages with the payloads in them', () => {
  it.each(XSS_PAYLOADS)('$id: in the title, body, header, footer and metadata, nothing runs and JSON-LD stays JSON', ({ value }) => {
    const page = renderPage({
      title: value,
      lang: 'lv',
      body: value,
      header: value,
      footer: value,
      labels: { licence: value },
      metadata: {
        name: value,
        description: value,
        keywords: [value],
        learningResourceType: value,
        authors: [{ name: value, affiliation: value }],
        organisations: [{ name: value, country: value }],
        isPartOf: { name: value, identifier: value, url: value },
        url: value,
        image: value,
        inLanguage: value,
      },
    });
    const report = inspectPage(page);
    expect(report.problems).toEqual([]);
    expect(report.jsonLd).toHaveLength(1);
    const metadata = report.jsonLd[0] as Record<string, unknown>;
    const expected = shownText(value).trim();
    if (expected !== '') {
      expect(metadata.name).toBe(expected);
      expect(metadata.description).toBe(expected);
    }
    for (const key of ['url', 'image'] as const) {
      const url = metadata[key];
      if (typeof url === 'string') expect(['http', 'https', null]).toContain(schemeOf(url));
    }
    // The only `</script` in the page closes the JSON-LD block.
    expect(page.match(/<\/script/gi)).toHaveLength(1);
    // As a browser would serialise it back (document.documentElement.outerHTML) and parse it again.
    expect(inspectPage(serialize(parse(page))).problems).toEqual([]);
  });
});

describe('boards with the payloads in them', () => {
  function hostileBoard(payload: XssPayload): Y.Doc {
    const doc = new Y.Doc();
    doc.transact(() => {
      const objects = objectsOf(doc);
      const object = (id: string, fields: Record<string, unknown>) => {
        const map = new Y.Map<unknown>();
        objects.set(id, map);
        for (const [key, value] of Object.entries(fields)) map.set(key, value);
      };
      const base = { order: 'a0', x: 0, y: 0, w: 240, h: 160 };
      object('note', { ...base, type: 'note', color: payload.value, text: new Y.Text(payload.value) });
      object('text', { ...base, x: 300, type: 'text', color: 'url(javascript:alert(1))', size: payload.value, text: payload.value });
      object('shape', { ...base, y: 200, type: 'shape', kind: payload.value, color: 'blue', text: new Y.Text(payload.value) });
      object('frame', { ...base, y: 400, type: 'frame', title: payload.value, color: 'pink' });
      object('picture', { ...base, x: 600, type: 'image', uploadId: payload.value, alt: payload.value, largestWidth: 640 });
      object('picture2', { ...base, x: 900, type: 'image', uploadId: UPLOAD, alt: payload.value, largestWidth: 640 });
      object('unknown', { ...base, type: payload.value, href: payload.value, onload: payload.value });
      const column = new Y.Map<unknown>();
      columnsOf(doc).set('column', column);
      column.set('title', payload.value);
      column.set('order', 'a0');
    });
    return doc;
  }

  it.each(XSS_PAYLOADS)('$id: written raw into a board’s Yjs state, the SVG stays clean (canvas and wall)', (payload) => {
    const doc = hostileBoard(payload);
    for (const layout of ['canvas', 'wall']) {
      settingsOf(doc).set('layout', layout);
      const { svg } = renderBoardSvg(Y.encodeStateAsUpdate(doc), { title: payload.value, imageUrl: (id, width) => `files/${id}-${width}.webp` });
      expect(xmlProblem(svg)).toBeNull();
      expect(problemsOf(svg)).toEqual([]);
      // The same SVG placed in a page.
      expect(inspectPage(renderPage({ title: 'Board', lang: 'en', body: `<figure class="kopa-board">${svg}</figure>` })).problems).toEqual([]);
    }
    doc.destroy();
  });

  it.each(XSS_STRINGS.filter((payload) => payload.kind === 'svg' || payload.kind === 'mxss'))('sanitizeSvg leaves nothing executable of $id', ({ value }) => {
    const clean = sanitizeSvg(`<svg xmlns="http://www.w3.org/2000/svg">${value}</svg>`);
    expect(problemsOf(clean)).toEqual([]);
  });
});
