import { describe, expect, it } from 'vitest';
import { PAGE_CSS, renderPage, renderParallelHtml } from '../src/index.js';
import { inspectFragment } from './support/html-safety.js';

const text = (value: string) => ({ type: 'text', version: 1, text: value, format: 0, detail: 0, mode: 'normal', style: '' });
const paragraph = (value: string) => ({ type: 'paragraph', version: 1, children: value === '' ? [] : [text(value)] });
const documentOf = (...children: unknown[]) => ({ root: { type: 'root', version: 1, children } });

const english = documentOf(paragraph('We arrived on Monday.'), paragraph(''), paragraph('The sea was cold.'), paragraph('We came home.'));
const latvian = documentOf(paragraph('Mēs ieradāmies pirmdien.'), paragraph('Jūra bija auksta.'));

describe('renderParallelHtml', () => {
  const html = renderParallelHtml(
    [
      { content: english, lang: 'en', label: 'English' },
      { content: latvian, lang: 'lv', label: 'Latviešu' },
    ],
    { label: 'The post in English and Latviešu' },
  );

  it('puts paragraph n of each language in the same row, each cell in its language', () => {
    const rows = [...html.matchAll(/<div class="kopa-parallel-row">(.*?)<\/div><\/div>(?=<div class="kopa-parallel-row">|<\/section>)/g)].map((match) => match[1]!);
    expect(rows).toHaveLength(3);
    expect(rows[0]).toMatch(/lang="en".*We arrived on Monday\..*lang="lv".*Mēs ieradāmies pirmdien\./);
    expect(rows[1]).toMatch(/The sea was cold\..*Jūra bija auksta\./);
    // The longer version's last paragraph goes on alone.
    expect(rows[2]).toContain('We came home.');
    expect(rows[2]).toContain('kopa-parallel-missing');
    expect(html).toContain('class="kopa-parallel kopa-parallel-cols-2" aria-label="The post in English and Latviešu"');
    expect(html).toContain('<p class="kopa-parallel-lang" lang="lv">Latviešu</p>');
  });

  it('escapes labels and drops language tags that are not tags', () => {
    const hostile = renderParallelHtml([{ content: latvian, lang: 'lv" onmouseover="x', label: '<img src=x onerror=alert(1)>' }], { label: '"><script>' });
    expect(inspectFragment(hostile).problems).toEqual([]);
    expect(hostile).not.toContain('onmouseover');
    expect(hostile).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('is styled by the page’s stylesheet: a grid on wide screens, stacked and labelled on phones', () => {
    expect(PAGE_CSS).toContain('.kopa-parallel-cols-2>div{grid-template-columns:repeat(2,minmax(0,1fr))}');
    expect(PAGE_CSS).toMatch(/@media \(max-width:40rem\)\{[^@]*\.kopa-parallel-tag\{[^}]*display:block/);
    expect(renderPage({ title: 'A post', lang: 'en', body: html, wide: true })).toContain('<body class="kopa-wide">');
  });
});
