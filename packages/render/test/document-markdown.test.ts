import { $createImageNode, createEditorConfig } from '@kopa/editor';
import { createHeadlessEditor } from '@lexical/headless';
import { $createLinkNode } from '@lexical/link';
import { $createListItemNode, $createListNode } from '@lexical/list';
import { $convertFromMarkdownString, TRANSFORMERS } from '@lexical/markdown';
import { $createHeadingNode, $createQuoteNode } from '@lexical/rich-text';
import { $createLineBreakNode, $createParagraphNode, $createTextNode, $getRoot, type SerializedEditorState, type TextFormatType } from 'lexical';
import { describe, expect, it } from 'vitest';
import { renderDocumentMarkdown } from '../src/index.js';
import { documentFromEditor, siteImageUrl } from './support/documents.js';
import { markdownProblems, markdownText, readMarkdown } from './support/markdown.js';

const UPLOAD = '6f1a2b3c-0000-4000-8000-000000000001';

function formatted(text: string, ...formats: TextFormatType[]) {
  const node = $createTextNode(text);
  for (const format of formats) node.toggleFormat(format);
  return node;
}

/** Markdown read back into a headless Kopa editor with Lexical's own importer. */
function importMarkdown(markdown: string): SerializedEditorState {
  const editor = createHeadlessEditor(
    createEditorConfig((error) => {
      throw error;
    }),
  );
  editor.update(() => $convertFromMarkdownString(markdown, TRANSFORMERS), { discrete: true });
  return editor.getEditorState().toJSON();
}

const MARKDOWN_FORMATS = 1 | 2 | 4 | 16; // bold, italic, strikethrough, code

/** What Markdown can carry of a document: block types, heading tags, list kinds, links, text with its Markdown formats. */
function structure(content: SerializedEditorState, nested = false): unknown {
  const walk = (node: Record<string, unknown>, inList: boolean): unknown => {
    const children = (node.children as Record<string, unknown>[] | undefined) ?? [];
    const merged: unknown[] = [];
    for (const child of children.map((c) => walk(c, inList || node.type === 'list'))) {
      const previous = merged.at(-1) as { text?: string; format?: number } | undefined;
      const current = child as { text?: string; format?: number };
      if (previous?.text !== undefined && current.text !== undefined && previous.format === current.format) previous.text += current.text;
      else merged.push(child);
    }
    switch (node.type) {
      case 'text':
        return { text: node.text, format: (node.format as number) & MARKDOWN_FORMATS };
      case 'heading':
        return { heading: node.tag, children: merged };
      case 'list':
        return { list: node.listType, ...(inList ? {} : { start: node.start }), children: merged };
      case 'link':
        return { link: node.url, title: node.title ?? null, children: merged };
      case 'linebreak':
        return { linebreak: true };
      default:
        return { [node.type as string]: merged };
    }
  };
  return walk(content.root as unknown as Record<string, unknown>, nested);
}

const common = () =>
  documentFromEditor(() => {
    $getRoot().clear().append(
      $createHeadingNode('h1').append($createTextNode('Our visit to Gijón')),
      $createHeadingNode('h2').append($createTextNode('Day one')),
      $createParagraphNode().append(
        $createTextNode('Plain, '),
        formatted('bold', 'bold'),
        $createTextNode(', '),
        formatted('italic', 'italic'),
        $createTextNode(', '),
        formatted('bold and italic', 'bold', 'italic'),
        $createTextNode(', '),
        formatted('struck', 'strikethrough'),
        $createTextNode(' and '),
        formatted('some code', 'code'),
        $createTextNode('.'),
      ),
      $createParagraphNode().append(
        $createTextNode('Characters Markdown would read: *stars*, _underscores_, `ticks`, <b>tags</b>, [brackets](x), \\ # 1. > ~~'),
      ),
      $createParagraphNode().append(
        $createTextNode('Read '),
        $createLinkNode('https://example.org/a_(b)?q=1&r=2', { title: 'The "town" page' }).append($createTextNode('the page')),
        $createTextNode('.'),
      ),
      $createParagraphNode().append($createTextNode('first line'), $createLineBreakNode(), $createTextNode('second line')),
      $createQuoteNode().append($createTextNode('Travelling is '), formatted('learning', 'italic'), $createTextNode('.')),
      $createListNode('bullet').append(
        $createListItemNode().append($createTextNode('cider')),
        $createListItemNode().append($createListNode('bullet').append($createListItemNode().append($createTextNode('sweet')))),
        $createListItemNode().append($createTextNode('cachopo')),
      ),
      $createListNode('number', 3).append(
        $createListItemNode().append($createTextNode('third')),
        $createListItemNode().append($createListNode('number').append($createListItemNode().append($createTextNode('inside')))),
        $createListItemNode().append($createTextNode('fourth')),
      ),
    );
  });

describe('renderDocumentMarkdown', () => {
  it('writes the common structures as plain CommonMark', async () => {
    expect(renderDocumentMarkdown(await common())).toBe(
      [
        '# Our visit to Gijón',
        '',
        '## Day one',
        '',
        'Plain, **bold**, _italic_, **_bold and italic_**, ~~struck~~ and `some code`.',
        '',
        'Characters Markdown would read: \\*stars\\*, \\_underscores\\_, \\`ticks\\`, \\<b>tags\\</b>, \\[brackets]\\(x), \\ # 1. > \\~\\~',
        '',
        'Read [the page](https://example.org/a_\\(b\\)?q=1\\&r=2 "The \\"town\\" page").',
        '',
        'first line\\',
        'second line',
        '',
        '> Travelling is _learning_.',
        '',
        '- cider',
        '  - sweet',
        '- cachopo',
        '',
        '3. third',
        '   1. inside',
        '4. fourth',
        '',
      ].join('\n'),
    );
  });

  it('round-trips through Lexical’s own Markdown import into a Kopa editor', async () => {
    const content = await common();
    const markdown = renderDocumentMarkdown(content);
    expect(structure(importMarkdown(markdown))).toEqual(structure(content));
  });

  it('round-trips through a CommonMark reader: the same blocks and exactly the same text', async () => {
    const content = await common();
    const tree = readMarkdown(renderDocumentMarkdown(content));
    expect(tree.children.map((node) => node.type)).toEqual(['heading', 'heading', 'paragraph', 'paragraph', 'paragraph', 'paragraph', 'blockquote', 'list', 'list']);
    expect(markdownText(tree.children[3]!)).toBe('Characters Markdown would read: *stars*, _underscores_, `ticks`, <b>tags</b>, [brackets](x), \\ # 1. > ~~');
    expect(markdownText(tree.children[5]!)).toBe('first line\nsecond line');
    expect(markdownProblems(renderDocumentMarkdown(content))).toEqual([]);
  });

  it('writes pictures with the caller’s URL and their description', async () => {
    const content = await documentFromEditor(() => {
      $getRoot().clear().append(
        $createImageNode({ uploadId: UPLOAD, altText: 'The beach [at] San Lorenzo', width: 1920, height: 1280 }),
        $createImageNode({ uploadId: UPLOAD, altText: '', width: 640, height: 480 }),
      );
    });
    const markdown = renderDocumentMarkdown(content, { imageUrl: siteImageUrl, missingAltText: 'A picture' });
    expect(markdown).toBe(`![The beach \\[at\\] San Lorenzo](files/${UPLOAD}-1280.webp)\n\n![A picture](files/${UPLOAD}-640.webp)\n`);
    const images = readMarkdown(markdown).children.flatMap((node) => (node.type === 'paragraph' ? node.children : []));
    expect(images.map((node) => (node.type === 'image' ? [node.alt, node.url] : null))).toEqual([
      ['The beach [at] San Lorenzo', `files/${UPLOAD}-1280.webp`],
      ['A picture', `files/${UPLOAD}-640.webp`],
    ]);
  });

  it('keeps what Markdown cannot say as plain text, and moves headings down when asked', () => {
    const content = {
      root: {
        type: 'root',
        children: [
          { type: 'heading', tag: 'h1', children: [{ type: 'text', text: 'Title' }] },
          {
            type: 'paragraph',
            children: [
              { type: 'text', text: 'under', format: 8 },
              { type: 'text', text: 'lined ', format: 8 },
              { type: 'text', text: 'H' },
              { type: 'text', text: '2', format: 32 },
              { type: 'text', text: 'O', format: 0 },
            ],
          },
        ],
      },
    };
    expect(renderDocumentMarkdown(content, { headingOffset: 2 })).toBe('### Title\n\nunderlined H2O\n');
    expect(renderDocumentMarkdown({ root: { type: 'root', children: [] } })).toBe('');
  });
});
