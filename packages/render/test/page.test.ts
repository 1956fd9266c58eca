import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { LICENCE_INFO, PAGE_CSS, pageCsp, renderPage, jsonLd } from '../src/index.js';
import { inspectPage } from './support/html-safety.js';

const metaContent = (page: string, name: string) => new RegExp(`<meta ${name} content="([^"]*)">`).exec(page)?.[1]?.replace(/&#39;/g, "'");

describe('renderPage', () => {
  const page = renderPage({
    title: 'Our visit to Gijón',
    lang: 'lv',
    body: '<div class="kopa-document" lang="es"><p>Hola</p></div>',
    header: '<nav><ul><li><a href="index.html">Home</a></li></ul></nav>',
    footer: '<p>Written by Jānis (LV) and Lucía (ES)</p>',
    metadata: {
      description: 'A diary of our visit',
      keywords: ['water', 'towns'],
      learningResourceType: 'blog post',
      authors: [{ name: 'Jānis', affiliation: 'Daugavpils school' }],
      organisations: [{ name: 'Daugavpils school', country: 'lv' }],
      isPartOf: { name: 'Together in our diversity', identifier: '2024-1-LV01-KA220-SCH-000000000' },
      datePublished: new Date(Date.UTC(2025, 4, 12, 10, 0, 0)),
      inLanguage: ['lv', 'es'],
      url: 'https://kopa.example.org/showcase/p/1',
    },
  });

  it('is a complete page with the strict CSP first in <head>', () => {
    expect(page.startsWith('<!doctype html>\n<html lang="lv">\n<head>\n<meta charset="utf-8">\n<meta http-equiv="Content-Security-Policy"')).toBe(true);
    const csp = metaContent(page, 'http-equiv="Content-Security-Policy"');
    expect(csp).toBe(pageCsp('inline'));
    const directives = Object.fromEntries(csp!.split(';').map((part) => part.trim().split(/\s+/)).map(([name, ...values]) => [name, values]));
    expect(directives['default-src']).toEqual(["'none'"]);
    expect(directives['script-src']).toBeUndefined(); // falls back to 'none'
    expect(directives['img-src']).toEqual(["'self'"]);
    expect(directives['base-uri']).toEqual(["'none'"]);
    expect(directives['form-action']).toEqual(["'none'"]);
    // The inline stylesheet is allowed by its hash, and only it.
    const style = /<style>([^]*?)<\/style>/.exec(page)?.[1];
    expect(style).toBe(PAGE_CSS);
    expect(directives['style-src']).toEqual([`'sha256-${createHash('sha256').update(style!).digest('base64')}'`]);
    expect(page).toContain('<title>Our visit to Gijón</title>');
    expect(page).toContain('<meta name="description" content="A diary of our visit">');
    expect(page).toContain('<header class="kopa-header"><nav><ul><li><a href="index.html">Home</a></li></ul></nav></header>');
    expect(page).toContain('<main class="kopa-main" id="main">\n<div class="kopa-document" lang="es"><p>Hola</p></div>\n</main>');
    expect(inspectPage(page).problems).toEqual([]);
  });

  it('shows the licence with its URL, CC BY-SA 4.0 unless told otherwise', () => {
    expect(page).toContain('<link rel="license" href="https://creativecommons.org/licenses/by-sa/4.0/">');
    expect(page).toContain(
      '<footer class="kopa-footer"><p>Written by Jānis (LV) and Lucía (ES)</p><p class="kopa-licence">Licence: ' +
        '<a rel="license" href="https://creativecommons.org/licenses/by-sa/4.0/" title="Creative Commons Attribution-ShareAlike 4.0 International">CC BY-SA 4.0</a></p></footer>',
    );
    const cc0 = renderPage({ title: 't', lang: 'en', body: '', licence: 'CC0-1.0', labels: { licence: 'Licence' } });
    expect(cc0).toContain(`href="${LICENCE_INFO['CC0-1.0'].url}" title="${LICENCE_INFO['CC0-1.0'].title}">CC0 1.0</a>`);
    const latvian = renderPage({ title: 't', lang: 'lv', body: '', licence: 'CC-BY-NC-SA-4.0', labels: { licence: 'Licence' } });
    expect(latvian).toContain('https://creativecommons.org/licenses/by-nc-sa/4.0/');
    // An unknown licence id (an old backup) falls back to the default.
    expect(renderPage({ title: 't', lang: 'en', body: '', licence: 'GPL' })).toContain('>CC BY-SA 4.0</a>');
  });

  it('describes itself as a schema.org LearningResource in JSON-LD', () => {
    expect(inspectPage(page).jsonLd).toEqual([
      {
        '@context': 'https://schema.org',
        '@type': 'LearningResource',
        name: 'Our visit to Gijón',
        description: 'A diary of our visit',
        inLanguage: ['lv', 'es'],
        license: 'https://creativecommons.org/licenses/by-sa/4.0/',
        isAccessibleForFree: true,
        learningResourceType: 'blog post',
        keywords: ['water', 'towns'],
        author: [{ '@type': 'Person', name: 'Jānis', affiliation: { '@type': 'Organization', name: 'Daugavpils school' } }],
        sourceOrganization: [{ '@type': 'Organization', name: 'Daugavpils school', address: { '@type': 'PostalAddress', addressCountry: 'LV' } }],
        isPartOf: { '@type': 'CreativeWork', name: 'Together in our diversity', identifier: '2024-1-LV01-KA220-SCH-000000000' },
        datePublished: '2025-05-12T10:00:00.000Z',
        url: 'https://kopa.example.org/showcase/p/1',
      },
    ]);
    // The page's own language when none is given.
    expect(inspectPage(renderPage({ title: 't', lang: 'lv', body: '' })).jsonLd[0]).toMatchObject({ inLanguage: 'lv', name: 't' });
  });

  it('serialises JSON-LD so no value can end the script element', () => {
    const tricky = { a: '</script><script>alert(1)</script>', b: '<!--', c: 'x & y', d: '\u2028\u2029' };
    const serialised = jsonLd(tricky);
    expect(serialised).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(serialised)).toEqual(tricky);
  });

  it('has a print stylesheet in the app’s calm colours', () => {
    expect(PAGE_CSS).toContain('@media print{');
    expect(PAGE_CSS).toContain('@page{margin:2cm 1.8cm}');
    expect(PAGE_CSS).toContain('background:#f6f3ec');
    expect(PAGE_CSS).toContain('color:#1d2433');
    expect(PAGE_CSS).not.toMatch(/@import|url\(/);
  });

  it('links a shared stylesheet instead when asked, allowed as self', () => {
    const linked = renderPage({ title: 't', lang: 'en', body: '', stylesheet: { href: 'assets/kopa.css' } });
    expect(linked).toContain('<link rel="stylesheet" href="assets/kopa.css">');
    expect(linked).not.toContain('<style>');
    expect(metaContent(linked, 'http-equiv="Content-Security-Policy"')).toContain("style-src 'self';");
    expect(() => renderPage({ title: 't', lang: 'en', body: '', stylesheet: { href: 'javascript:alert(1)' } })).toThrow(/stylesheet/);
  });
});
