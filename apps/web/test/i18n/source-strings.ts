import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

/** Source files under a folder, tests and declaration files left out. */
export function sourceFiles(root: string, extensions = ['.ts', '.tsx']): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(root, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    if (file.includes(`${path.sep}node_modules${path.sep}`) || file.includes(`${path.sep}dist${path.sep}`)) continue;
    if (!extensions.some((extension) => file.endsWith(extension))) continue;
    if (/\.(test|d)\.tsx?$/.test(file) ) continue;
    found.push(file);
  }
  return found;
}

function parse(file: string): ts.SourceFile {
  const kind = file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  return ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true, kind);
}

function visit(node: ts.Node, each: (node: ts.Node) => void): void {
  each(node);
  node.forEachChild((child) => visit(child, each));
}

/** Every string a file spells out: plain literals, and the fixed head of each template (`blog.phase.${…}` → "blog.phase."). */
export function stringsIn(file: string): { literals: string[]; templateHeads: string[] } {
  const literals: string[] = [];
  const templateHeads: string[] = [];
  visit(parse(file), (node) => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) literals.push(node.text);
    else if (ts.isTemplateExpression(node)) templateHeads.push(node.head.text);
  });
  return { literals, templateHeads };
}

/** Attributes whose value a person reads or hears. */
const SPOKEN_ATTRIBUTES = new Set(['aria-label', 'aria-description', 'aria-roledescription', 'aria-valuetext', 'title', 'placeholder', 'alt', 'label']);

// Words, not symbols: a run of two letters, so "×", "·", "—", "…", "%" and "1/2" are not words.
const WORDS = /\p{L}{2,}/u;

export interface HardCodedString {
  file: string;
  line: number;
  text: string;
}

/**
 * User-facing text written straight into JSX: text between tags, a string in braces among children, or a
 * spoken attribute given a literal. Those must come from the catalogs, so every language gets them.
 */
export function hardCodedStrings(file: string): HardCodedString[] {
  const source = parse(file);
  const found: HardCodedString[] = [];
  const report = (node: ts.Node, text: string) => {
    if (!WORDS.test(text)) return;
    found.push({ file, line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1, text: text.trim() });
  };
  visit(source, (node) => {
    if (ts.isJsxText(node)) report(node, node.text);
    else if (ts.isJsxExpression(node) && node.expression && ts.isJsxElement(node.parent) && isStringNode(node.expression)) {
      report(node, node.expression.text);
    } else if (ts.isJsxAttribute(node) && SPOKEN_ATTRIBUTES.has(node.name.getText(source)) && node.initializer) {
      const value = node.initializer;
      if (ts.isStringLiteral(value)) report(node, value.text);
      else if (ts.isJsxExpression(value) && value.expression && isStringNode(value.expression)) report(node, value.expression.text);
    }
  });
  return found;
}

function isStringNode(node: ts.Node): node is ts.StringLiteral | ts.NoSubstitutionTemplateLiteral {
  return ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node);
}
