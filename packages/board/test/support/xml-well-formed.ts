/**
 * A strict enough XML well-formedness check for generated SVG (Node has no XML
 * parser): balanced tags, quoted attributes without raw `<` or `&`, text without
 * raw `<`, and only the five predefined entities or numeric references.
 * Returns the problem, or null.
 */
export function xmlProblem(xml: string): string | null {
  const stack: string[] = [];
  const token = /<(\/?)([A-Za-z][\w:.-]*)((?:\s+[\w:.-]+="[^"<]*")*)\s*(\/?)>|([^<]+)|(<)/gy;
  let match: RegExpExecArray | null;
  let position = 0;
  while (position < xml.length) {
    token.lastIndex = position;
    match = token.exec(xml);
    if (!match) return `unparsable at ${position}: ${xml.slice(position, position + 40)}`;
    const [whole, closing, name, attributes, selfClosing, text, strayLt] = match;
    if (strayLt) return `raw < at ${position}`;
    if (text !== undefined) {
      if (badEntity(text)) return `bad entity in text at ${position}`;
    } else if (closing) {
      if (stack.pop() !== name) return `unbalanced </${name}> at ${position}`;
    } else {
      if (attributes && badEntity(attributes)) return `bad entity in attributes of <${name}>`;
      if (!selfClosing) stack.push(name!);
    }
    position += whole.length;
  }
  return stack.length === 0 ? null : `unclosed <${stack.join('>, <')}>`;
}

function badEntity(text: string): boolean {
  return /&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/.test(text);
}
