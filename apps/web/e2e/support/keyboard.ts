import type { Page } from 'playwright-core';

/** The element that has the keyboard focus, as a keyboard user meets it. */
export interface Focused {
  /** Tag and role, e.g. `button`, `a`, `div[role=application]`. */
  kind: string;
  /** Its name as a screen reader would roughly say it (aria-label, else its text, else title). */
  name: string;
  /** How the focus shows: an outline or a box shadow, and its contrast against what is around it. */
  indicator: { how: 'outline' | 'box-shadow' | 'none'; contrast: number };
  /** An id for the element itself, to tell whether Tab moved anywhere. */
  key: string;
}

/** What has the focus now, and whether a sighted keyboard user can see where it is. */
export function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    const element = (document.activeElement ?? document.body) as HTMLElement;
    const marker = 'data-focus-key';
    if (!element.getAttribute(marker)) element.setAttribute(marker, String(Math.random()).slice(2));
    const style = getComputedStyle(element);

    const rgba = (value: string): [number, number, number, number] | null => {
      const match = /rgba?\(([\d.]+),?\s*([\d.]+),?\s*([\d.]+)(?:,?\s*\/?\s*([\d.]+))?\)/.exec(value);
      return match ? [Number(match[1]), Number(match[2]), Number(match[3]), match[4] === undefined ? 1 : Number(match[4])] : null;
    };
    const luminance = ([r, g, b]: number[]) => {
      const [R, G, B] = [r!, g!, b!].map((channel) => {
        const c = channel / 255;
        return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * R! + 0.7152 * G! + 0.0722 * B!;
    };
    const contrast = (a: number[], b: number[]) => {
      const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
      return (light! + 0.05) / (dark! + 0.05);
    };
    // The colour the ring is drawn on: the first ancestor (outline) or the element itself (inset shadow) with a background.
    const backgroundAround = (from: Element | null) => {
      for (let node = from; node; node = node.parentElement) {
        const colour = rgba(getComputedStyle(node).backgroundColor);
        if (colour && colour[3] > 0.5) return colour;
      }
      return [255, 255, 255, 1] as [number, number, number, number];
    };

    // Of a shadow's colours (a gap in the page's colour, then the ring…), the one that stands out at 3:1 or more.
    const strongestShadow = (shadow: string, behind: number[]) =>
      (shadow.match(/rgba?\([^)]*\)/g) ?? [])
        .map(rgba)
        .filter((colour) => colour !== null && colour[3] > 0.5 && contrast(colour.slice(0, 3), behind) >= 3)
        .sort((a, b) => contrast(b!.slice(0, 3), behind) - contrast(a!.slice(0, 3), behind))[0] ?? null;
    let how: 'outline' | 'box-shadow' | 'none' = 'none';
    let ring: number[] | null = null;
    let drawnOn: Element | null = element.parentElement;
    if (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 1) {
      how = 'outline';
      ring = rgba(style.outlineColor);
    } else if (style.boxShadow && style.boxShadow !== 'none' && strongestShadow(style.boxShadow, backgroundAround(element))) {
      how = 'box-shadow';
      ring = strongestShadow(style.boxShadow, backgroundAround(element));
      drawnOn = element;
    } else {
      // A control inside a frame may ring the frame instead (:focus-within, :has), e.g. the language switcher,
      // or the editor's page, ringed by a shadow (a gap in the page's colour, then the ring): the ring is the
      // shadow colour that stands out most from what the frame sits on.
      for (let node = element.parentElement, depth = 0; node && depth < 3; node = node.parentElement, depth++) {
        const around = getComputedStyle(node);
        if (around.outlineStyle !== 'none' && parseFloat(around.outlineWidth) >= 1) {
          how = 'outline';
          ring = rgba(around.outlineColor);
          drawnOn = node.parentElement;
          break;
        }
        const strongest = around.boxShadow && around.boxShadow !== 'none' ? strongestShadow(around.boxShadow, backgroundAround(node.parentElement)) : null;
        if (strongest && node.matches(':has(:focus-visible)')) {
          how = 'box-shadow';
          ring = strongest;
          drawnOn = node.parentElement;
          break;
        }
      }
    }
    const around = backgroundAround(drawnOn);
    const name = (element.getAttribute('aria-label') ?? element.innerText ?? element.getAttribute('title') ?? '').replace(/\s+/g, ' ').trim().slice(0, 80);
    const role = element.getAttribute('role');
    return {
      kind: `${element.tagName.toLowerCase()}${role ? `[role=${role}]` : ''}`,
      name,
      // A translucent ring shows as its blend with what is under it.
      indicator: { how, contrast: ring ? Math.round(contrast(ring.slice(0, 3).map((channel, index) => channel * ring![3]! + around[index]! * (1 - ring![3]!)), around) * 100) / 100 : 0 },
      key: element.getAttribute(marker)!,
    };
  });
}

/** A visible focus: a ring (outline or shadow) with at least 3:1 against what it is drawn on (WCAG 1.4.11, 2.4.7). */
export function expectVisibleFocus(where: Focused, step: string): void {
  if (where.indicator.how === 'none' || where.indicator.contrast < 3) {
    throw new Error(`${step}: the focus on ${where.kind} “${where.name}” is not visible enough (${JSON.stringify(where.indicator)})`);
  }
}

/**
 * Presses Tab (or Shift+Tab) until the focus is on what `wanted` accepts, as someone without a mouse would.
 * Every stop must show its focus and the focus must move at each press (no trap); gives up after `max` presses.
 */
export async function tabTo(page: Page, wanted: (where: Focused) => boolean, { max = 60, backwards = false, step = 'Tab' } = {}): Promise<Focused> {
  const path: string[] = [];
  let previous = (await focused(page)).key;
  let stayed = 0;
  for (let presses = 0; presses < max; presses++) {
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
    const where = await focused(page);
    path.push(`${where.kind} “${where.name}”`);
    // A board (role=application) takes Tab through its own objects first, then lets it go on.
    stayed = where.key === previous ? stayed + 1 : 0;
    if (stayed > (where.kind.includes('application') ? 50 : 0)) throw new Error(`${step}: the focus is stuck on ${where.kind} “${where.name}” (a keyboard trap)`);
    previous = where.key;
    if (where.kind !== 'body') expectVisibleFocus(where, `${step}, on the way`);
    if (wanted(where)) return where;
  }
  throw new Error(`${step}: not reached in ${max} presses of Tab. Went through: ${path.join(' → ')}`);
}

/** A matcher for `tabTo`: the focused element's name is this (or matches this pattern). */
export const named = (name: string | RegExp) => (where: Focused) => (typeof name === 'string' ? where.name === name : name.test(where.name));
