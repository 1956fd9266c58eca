/**
 * Text for HTML content and (double-quoted) attribute values. Control characters
 * other than tab and newline, and lone surrogates, are dropped: they have no place
 * in a document and some parsers treat them unlike browsers do.
 */
export function escapeHtml(text: string): string {
  return cleanText(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** The text with CR and CRLF as LF (as HTML parsers read them), without other C0/C1 controls, U+FFFE/U+FFFF or lone surrogates. */
export function cleanText(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(
    // eslint-disable-next-line no-control-regex -- exactly the characters we drop
    /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g,
    '',
  );
}
