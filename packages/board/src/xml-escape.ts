/**
 * Text for XML content and attribute values: the five special characters as
 * entities, and characters XML 1.0 does not allow (control characters, lone
 * surrogates, U+FFFE/U+FFFF) left out — one of those would make the whole SVG
 * unreadable to an image decoder.
 */
export function escapeXml(text: string): string {
  return text
    // eslint-disable-next-line no-control-regex -- exactly the control characters XML 1.0 forbids
    .replace(/[\0-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}
