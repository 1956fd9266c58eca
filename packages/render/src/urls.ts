import { isLanguageTag } from '@kopa/editor';

/**
 * Which URLs rendered output may carry. Links: http, https, mailto and relative
 * references; pictures and other resources: http, https and relative. Everything
 * else (`javascript:`, `data:`, `vbscript:`, `file:`, protocol-relative `//host`)
 * is refused, however it is spelled.
 *
 * The check reads a URL the way a browser's URL parser does after the HTML parser
 * has decoded the attribute: tabs and newlines anywhere are ignored, and leading or
 * trailing control characters and spaces are stripped. Character references are
 * not decoded here: every caller writes the value back escaped (`&` → `&amp;`), so
 * `&#106;avascript:` stays the literal, relative text it is.
 */
const LINK_SCHEMES = new Set(['http:', 'https:', 'mailto:']);
const RESOURCE_SCHEMES = new Set(['http:', 'https:']);
const SCHEME = /^([a-z][a-z0-9+.-]*):/i;
// eslint-disable-next-line no-control-regex -- exactly what URL parsers strip or choke on
const CONTROL = /[\u0000-\u001f\u007f]/;

export type UrlKind = 'link' | 'resource';

/** The URL to write, or null when it may not appear in output. */
export function safeUrl(raw: unknown, kind: UrlKind): string | null {
  if (typeof raw !== 'string') return null;
  // eslint-disable-next-line no-control-regex -- the URL standard's strip set: C0 controls and space
  const url = raw.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '');
  if (url === '' || CONTROL.test(url) || url.length > 4096) return null;
  const scheme = SCHEME.exec(url);
  if (scheme) {
    const protocol = `${scheme[1]!.toLowerCase()}:`;
    const allowed = kind === 'link' ? LINK_SCHEMES : RESOURCE_SCHEMES;
    if (!allowed.has(protocol)) return null;
    if (protocol === 'mailto:') return url;
    try {
      return new URL(url).href;
    } catch {
      return null;
    }
  }
  // Protocol-relative (`//host`, and `\\host`, which browsers read the same way) leave the site.
  if (/^[\\/][\\/]/.test(url)) return null;
  return url;
}

/** Upload ids are UUIDs; anything else in a document's JSON names no picture of ours. */
export function isUploadId(value: unknown): value is string {
  return typeof value === 'string' && /^[A-Za-z0-9_-]{1,128}$/.test(value);
}

/** A well-formed BCP 47 language tag (`lv`, `en-GB`), or null: the editor's own rule for passages. */
export function languageTag(value: unknown): string | null {
  return isLanguageTag(value) ? value : null;
}
