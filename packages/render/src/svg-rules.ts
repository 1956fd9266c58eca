import { safeUrl } from './urls.js';

/**
 * The SVG a board drawing is made of (packages/board: board-svg, wall-svg,
 * note-svg, svg-markup), and the values each attribute may hold. Nothing else:
 * no script, style, foreignObject, use, a, animate or set (which can rewrite an
 * href to `javascript:`), no event handlers, no xlink, no url() paint.
 *
 * Keys are lower case: the HTML sanitiser sees `viewbox` (the HTML parser fixes
 * the case of SVG attributes when it builds the page), the SVG one `viewBox`.
 */
const NUMBER = /^-?(?:\d+(?:\.\d+)?|\.\d+)(?:e[-+]?\d+)?$/i;
const NUMBERS = /^(?:-?(?:\d+(?:\.\d+)?|\.\d+)(?:e[-+]?\d+)?[\s,]*){1,4}$/i;
const COLOR = /^(?:none|#[0-9a-f]{3,8}|[a-z]{3,20})$/i;
const PATH = /^[MmLlHhVvCcSsQqTtAaZz0-9eE.,\s+-]*$/;
const FONT_FAMILY = /^[\w\s,'"-]{1,200}$/;

type ValueRule = RegExp | ((value: string) => string | null);

const presentation: Record<string, ValueRule> = {
  fill: COLOR,
  stroke: COLOR,
  'fill-opacity': NUMBER,
  'stroke-opacity': NUMBER,
  'stroke-width': NUMBER,
  'stroke-linecap': /^(?:butt|round|square)$/,
  'stroke-linejoin': /^(?:miter|round|bevel)$/,
  'font-family': FONT_FAMILY,
  'font-size': NUMBER,
  'font-weight': /^(?:normal|bold|[1-9]00)$/,
  'text-anchor': /^(?:start|middle|end)$/,
};

const box = { x: NUMBER, y: NUMBER, width: NUMBER, height: NUMBER };

export const SVG_RULES: Record<string, Record<string, ValueRule>> = {
  svg: {
    xmlns: /^http:\/\/www\.w3\.org\/2000\/svg$/,
    width: NUMBER,
    height: NUMBER,
    viewbox: NUMBERS,
    role: /^img$/,
    'aria-label': /^[^]{0,500}$/,
    'font-family': FONT_FAMILY,
  },
  title: {},
  desc: {},
  g: { ...presentation },
  rect: { ...box, rx: NUMBER, ry: NUMBER, ...presentation },
  ellipse: { cx: NUMBER, cy: NUMBER, rx: NUMBER, ry: NUMBER, ...presentation },
  circle: { cx: NUMBER, cy: NUMBER, r: NUMBER, ...presentation },
  line: { x1: NUMBER, y1: NUMBER, x2: NUMBER, y2: NUMBER, ...presentation },
  path: { d: PATH, ...presentation },
  text: { x: NUMBER, y: NUMBER, ...presentation },
  tspan: { x: NUMBER, y: NUMBER, dy: NUMBER, ...presentation },
  image: {
    ...box,
    href: (value) => safeUrl(value, 'resource'),
    preserveaspectratio: /^(?:none|x(?:Min|Mid|Max)Y(?:Min|Mid|Max)(?: (?:meet|slice))?)$/,
  },
};

export const SVG_TAGS = Object.keys(SVG_RULES);

/** The attribute names each SVG element may carry, spelled for `mode`. */
export function svgAttributeNames(mode: 'html' | 'xml'): Record<string, string[]> {
  const names: Record<string, string[]> = {};
  for (const [tag, rules] of Object.entries(SVG_RULES)) {
    names[tag] = Object.keys(rules).map((name) => (mode === 'xml' ? xmlName(name) : name));
  }
  return names;
}

const XML_NAMES: Record<string, string> = { viewbox: 'viewBox', preserveaspectratio: 'preserveAspectRatio' };

function xmlName(name: string): string {
  return XML_NAMES[name] ?? name;
}

/** An SVG element's attributes with every value its rule refuses left out. */
export function filterSvgAttributes(tag: string, attribs: Record<string, string>): Record<string, string> {
  const rules = SVG_RULES[tag];
  if (!rules) return attribs;
  const kept: Record<string, string> = {};
  for (const [name, value] of Object.entries(attribs)) {
    const rule = rules[name.toLowerCase()];
    if (!rule) continue;
    if (typeof rule === 'function') {
      const checked = rule(value);
      if (checked !== null) kept[name] = checked;
    } else if (rule.test(value)) {
      kept[name] = value;
    }
  }
  return kept;
}
