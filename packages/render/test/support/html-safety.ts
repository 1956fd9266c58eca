import { parse, parseFragment, type DefaultTreeAdapterMap } from 'parse5';

/**
 * What a browser would build from rendered output, checked for anything that could
 * run: parse5 is a spec-compliant HTML parser (the tree a browser builds, foreign
 * SVG/MathML content included), and it is not the parser the sanitiser uses, so a
 * parser differential (mutation XSS) shows up here. Returns the problems found.
 */
type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

/** Elements that run script, load a document, submit, restyle or re-base a page, or change parsing. */
const FORBIDDEN = new Set([
  'script', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'portal', 'form', 'input', 'button',
  'textarea', 'select', 'option', 'base', 'meta', 'link', 'style', 'noscript', 'template', 'math', 'foreignobject',
  'animate', 'set', 'animatetransform', 'animatemotion', 'use', 'handler', 'listener', 'xmp', 'plaintext',
  'noembed', 'noframes', 'isindex', 'video', 'audio', 'source', 'track', 'param', 'details', 'dialog',
]);

/** Attributes whose value is a URL a browser may load or navigate to. */
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'data', 'poster', 'background', 'cite', 'ping', 'codebase', 'longdesc', 'usemap', 'lowsrc', 'dynsrc', 'to', 'from', 'values', 'by']);

/** Attributes whose value is CSS or an SVG paint, where `url(...)` loads something. */
const CSS_ATTRIBUTES = new Set(['style', 'fill', 'stroke', 'filter', 'mask', 'clip-path', 'marker-start', 'marker-mid', 'marker-end', 'cursor', 'background']);

const SAFE_SCHEMES = new Set(['http', 'https', 'mailto']);

/** A URL's scheme as a browser reads it (tabs/newlines removed, controls and spaces trimmed), lower case, or null when relative. */
export function schemeOf(url: string): string | null {
  // eslint-disable-next-line no-control-regex -- the URL standard's strip set
  const cleaned = url.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '');
  const match = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(cleaned);
  return match ? match[1]!.toLowerCase() : null;
}

export interface SafetyReport {
  problems: string[];
  /** JSON-LD blocks found (pages only), parsed. */
  jsonLd: unknown[];
  elements: Element[];
}

export function inspectFragment(html: string): SafetyReport {
  return inspect(parseFragment(html), false);
}

/** A whole page: one `<script type="application/ld+json">`, the meta tags, one `<style>` or stylesheet link, all in `<head>`. */
export function inspectPage(html: string): SafetyReport {
  return inspect(parse(html), true);
}

function inspect(tree: Node, page: boolean): SafetyReport {
  const report: SafetyReport = { problems: [], jsonLd: [], elements: [] };
  const stack: { node: Node; inHead: boolean }[] = [{ node: tree, inHead: false }];
  for (let entry = stack.pop(); entry; entry = stack.pop()) {
    const { node, inHead } = entry;
    if ('tagName' in node) {
      report.elements.push(node);
      checkElement(node, page && inHead, report);
    }
    const children: Node[] = [...(('childNodes' in node ? node.childNodes : []) as Node[])];
    if ('content' in node && node.content) children.push(node.content as Node);
    const childInHead = inHead || ('tagName' in node && node.tagName === 'head');
    for (const child of children) stack.push({ node: child, inHead: childInHead });
  }
  return report;
}

function checkElement(element: Element, inHead: boolean, report: SafetyReport): void {
  const name = element.tagName.toLowerCase();
  const attribute = (key: string) => element.attrs.find((attr) => attr.name === key)?.value;
  const where = `<${name}${element.attrs.map((attr) => ` ${attr.prefix ? `${attr.prefix}:` : ''}${attr.name}="${attr.value}"`).join('')}>`;
  if (FORBIDDEN.has(name)) {
    const allowedInHead =
      inHead &&
      ((name === 'script' && attribute('type') === 'application/ld+json' && element.attrs.length === 1) ||
        (name === 'meta' && element.attrs.length <= 2 && !/refresh/i.test(attribute('http-equiv') ?? '')) ||
        (name === 'style' && element.attrs.length === 0) ||
        (name === 'link' && ['license', 'stylesheet'].includes(attribute('rel') ?? '')));
    if (!allowedInHead) report.problems.push(`forbidden element ${where}`);
    if (allowedInHead && name === 'script') {
      const text = element.childNodes.map((child) => ('value' in child ? child.value : '')).join('');
      try {
        report.jsonLd.push(JSON.parse(text));
      } catch {
        report.problems.push(`JSON-LD that is not JSON: ${text.slice(0, 80)}`);
      }
    }
  }
  for (const attr of element.attrs) {
    const key = attr.name.toLowerCase();
    if (key.startsWith('on')) report.problems.push(`event handler ${key} on ${where}`);
    if (key === 'style' || key === 'srcdoc' || key === 'formaction' || key === 'action') report.problems.push(`attribute ${key} on ${where}`);
    if (name === 'meta' && key === 'http-equiv' && /refresh/i.test(attr.value)) report.problems.push(`refresh ${where}`);
    const urls = key === 'srcset' || key === 'imagesrcset' ? attr.value.split(',').map((candidate) => candidate.trim().split(/\s+/)[0] ?? '') : URL_ATTRIBUTES.has(key) ? [attr.value] : [];
    for (const url of urls) {
      const scheme = schemeOf(url);
      if (scheme !== null && !SAFE_SCHEMES.has(scheme)) report.problems.push(`${scheme}: URL in ${key} of ${where}`);
    }
    // paint servers and similar: url(...) holding a script URL
    if (CSS_ATTRIBUTES.has(key) && /url\s*\(\s*['"]?\s*(?:javascript|vbscript|data):/i.test(attr.value)) report.problems.push(`url() with a script scheme in ${key} of ${where}`);
  }
}
