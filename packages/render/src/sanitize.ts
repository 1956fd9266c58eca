import sanitize, { type IOptions, type Transformer } from 'sanitize-html';
import { filterSvgAttributes, SVG_TAGS, svgAttributeNames } from './svg-rules.js';
import { languageTag, safeUrl } from './urls.js';

/**
 * The last step of every HTML and SVG this package produces (sanitize-html, which
 * parses with htmlparser2 and needs no DOM). The allow-lists are strict: what Kopa's
 * own renderers write and nothing more. Scripts, event handlers, style attributes
 * and elements, iframes, objects, embeds, forms and their controls, meta/base/link,
 * templates and MathML are never kept; URLs pass `safeUrl` (http, https, mailto and
 * relative for links; http, https and relative for pictures).
 */

/** Elements of the content and of the pages around it. */
const HTML_TAGS = [
  'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'ul', 'ol', 'li', 'dl', 'dt', 'dd',
  'a', 'strong', 'b', 'em', 'i', 'u', 's', 'del', 'ins', 'code', 'kbd', 'pre', 'sub', 'sup', 'mark', 'small', 'q',
  'abbr', 'cite', 'time', 'br', 'hr', 'wbr', 'span', 'div',
  'img', 'figure', 'figcaption',
  'main', 'article', 'section', 'header', 'footer', 'nav', 'aside', 'address',
  'table', 'caption', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td',
];

/** Attributes any element may carry. `id` lets pages link within themselves; it cannot run anything. */
const GLOBAL_ATTRIBUTES = ['class', 'lang', 'dir', 'id', 'title', 'aria-label', 'aria-labelledby', 'aria-describedby', 'aria-hidden', 'role'];

const HTML_ATTRIBUTES: Record<string, string[]> = {
  a: ['href', 'rel', 'hreflang'],
  img: ['src', 'srcset', 'sizes', 'alt', 'width', 'height', 'loading', 'decoding'],
  ol: ['start', 'reversed'],
  li: ['value'],
  time: ['datetime'],
  th: ['colspan', 'rowspan', 'scope'],
  td: ['colspan', 'rowspan'],
  q: [],
  blockquote: [],
};

/** Elements whose content goes with them (raw text, or never meant to be shown as text). */
const DROPPED_WITH_CONTENT = [
  'script', 'style', 'textarea', 'option', 'select', 'noscript', 'noembed', 'noframes', 'iframe', 'frame',
  'frameset', 'object', 'embed', 'applet', 'template', 'xmp', 'plaintext', 'math', 'foreignobject',
  'foreignObject', 'head',
];

const MAX_NESTING = 200;

/** Re-checks each URL attribute with our own rule (sanitize-html checks the scheme too). */
function checkUrls(tagName: string, attribs: Record<string, string>): Record<string, string> {
  const kept = { ...attribs };
  for (const name of Object.keys(kept)) {
    const lower = name.toLowerCase();
    // No on* attribute is on any allow-list; dropping here as well costs nothing.
    if (lower.startsWith('on') || lower === 'style') delete kept[name];
    // Only a well-formed language tag: `lang` steers screen readers' voices and hyphenation.
    if (lower === 'lang' && languageTag(kept[name]) === null) delete kept[name];
  }
  if (tagName === 'a' && kept.href !== undefined) {
    const href = safeUrl(kept.href, 'link');
    if (href === null) delete kept.href;
    else kept.href = href;
  }
  if (tagName === 'img') {
    if (kept.src !== undefined) {
      const src = safeUrl(kept.src, 'resource');
      if (src === null) delete kept.src;
      else kept.src = src;
    }
    if (kept.srcset !== undefined) {
      const candidates = kept.srcset
        .split(',')
        .map((candidate) => candidate.trim().split(/\s+/))
        .filter(([url, descriptor]) => url && safeUrl(url, 'resource') === url && (descriptor === undefined || /^\d+(?:\.\d+)?[wx]$/.test(descriptor)));
      if (candidates.length === 0) delete kept.srcset;
      else kept.srcset = candidates.map((parts) => parts.join(' ')).join(', ');
    }
  }
  return filterSvgAttributes(tagName, kept);
}

const transformAll: Transformer = (tagName, attribs) => ({ tagName, attribs: checkUrls(tagName, attribs) });

const common: IOptions = {
  disallowedTagsMode: 'discard',
  nonTextTags: DROPPED_WITH_CONTENT,
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesByTag: { img: ['http', 'https'], image: ['http', 'https'] },
  allowedSchemesAppliedToAttributes: ['href', 'src', 'cite', 'xlink:href', 'action', 'formaction', 'poster', 'background', 'ping', 'data'],
  allowProtocolRelative: false,
  allowVulnerableTags: false,
  allowedStyles: {},
  parseStyleAttributes: false,
  enforceHtmlBoundary: false,
  nestingLimit: MAX_NESTING,
  transformTags: { '*': transformAll },
};

const htmlSvgAttributes = svgAttributeNames('html');

const HTML_OPTIONS: IOptions = {
  ...common,
  allowedTags: [...HTML_TAGS, ...SVG_TAGS],
  allowedAttributes: Object.fromEntries(
    [...HTML_TAGS, ...SVG_TAGS].map((tag) => [tag, [...GLOBAL_ATTRIBUTES, ...(HTML_ATTRIBUTES[tag] ?? []), ...(htmlSvgAttributes[tag] ?? [])]]),
  ),
  selfClosing: ['img', 'br', 'hr', 'wbr'],
};

const SVG_OPTIONS: IOptions = {
  ...common,
  allowedTags: SVG_TAGS,
  allowedAttributes: svgAttributeNames('xml'),
  selfClosing: [],
  // Keep `viewBox` and `preserveAspectRatio` as written: a standalone SVG is XML, where case matters.
  parser: { xmlMode: true, decodeEntities: true },
};

/**
 * An HTML fragment with everything outside the allow-list removed (text of removed
 * elements is kept, escaped, except for those in DROPPED_WITH_CONTENT). Inline SVG of
 * the kind boards are drawn with is allowed, under the same rules as `sanitizeSvg`.
 */
export function sanitizeHtml(html: string): string {
  return sanitize(html, HTML_OPTIONS);
}

/** A standalone SVG document (a board drawing) with only the allowed SVG elements and attributes. */
export function sanitizeSvg(svg: string): string {
  return sanitize(svg, SVG_OPTIONS);
}
