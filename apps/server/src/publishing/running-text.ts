/** A document's lines as one running text: a heading ("Five days by the sea") is set apart from what follows with a dash. */
export function runningText(text: string): string {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .reduce((joined, line) => (joined === '' ? line : `${joined}${/[.!?:;…]$/.test(joined) ? ' ' : ' — '}${line}`), '');
}
