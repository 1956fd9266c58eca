/**
 * Line breaking without a DOM: an approximate width per character (in em) of a
 * common sans-serif, good enough that wrapped text stays inside its box in the
 * SVG export and the server's thumbnails.
 */
export function charWidth(char: string): number {
  const code = char.codePointAt(0) ?? 0;
  if (code >= 0x1100 && (isWide(code) || code >= 0x1f000)) return 1;
  if (' .,:;!|iIl\'`()[]{}'.includes(char)) return 0.3;
  if ('fjrt-'.includes(char)) return 0.38;
  if ('mwMW@%'.includes(char)) return 0.85;
  if (char >= 'A' && char <= 'Z') return 0.65;
  return 0.56;
}

export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const char of text) em += charWidth(char);
  return em * fontSize;
}

/**
 * Wraps text into lines no wider than `maxWidth`: at spaces where it can, inside
 * a word when the word alone is too wide. Newlines start new lines. At most
 * `maxLines` lines; cut text ends with an ellipsis.
 */
export function wrapText(text: string, maxWidth: number, fontSize: number, maxLines = Infinity): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split(/\r\n|\r|\n/)) {
    lines.push(...wrapParagraph(paragraph, maxWidth, fontSize));
    if (lines.length > maxLines) break;
  }
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, Math.max(0, maxLines));
  const last = kept.pop();
  if (last === undefined) return [];
  return [...kept, withEllipsis(last, maxWidth, fontSize)];
}

function wrapParagraph(paragraph: string, maxWidth: number, fontSize: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of paragraph.split(/(?<=\s)/)) {
    if (textWidth(line + word.trimEnd(), fontSize) <= maxWidth) {
      line += word;
      continue;
    }
    if (line.trim() !== '') lines.push(line.trimEnd());
    line = '';
    // A word wider than the line on its own: break it between characters.
    for (const char of word) {
      if (line !== '' && textWidth(line + char, fontSize) > maxWidth && char.trim() !== '') {
        lines.push(line);
        line = '';
      }
      line += char;
    }
  }
  lines.push(line.trimEnd());
  return lines;
}

function withEllipsis(line: string, maxWidth: number, fontSize: number): string {
  let chars = Array.from(line.trimEnd());
  while (chars.length > 0 && textWidth(`${chars.join('')}…`, fontSize) > maxWidth) chars = chars.slice(0, -1);
  return `${chars.join('').trimEnd()}…`;
}

/** CJK, Hangul, fullwidth forms: about one em each. */
function isWide(code: number): boolean {
  return (
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6)
  );
}
