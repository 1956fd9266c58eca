import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { waitFor } from '@kopa/testkit';
import type { Page } from 'playwright-core';
import { axeViolations, type AxeViolation } from './axe';
import { LAPTOP, PHONE, type Viewport } from './browser';
import { SCREENSHOTS } from './kopa-under-test';

/** The laptop at 200 % zoom: 1280×800 device pixels are 640×400 CSS pixels. */
export const ZOOMED: Viewport = { width: 640, height: 400 };

interface Finding {
  what: string;
  violations: AxeViolation[];
}

/**
 * Collects what axe and the reflow check find over a whole walk through the app, so one failed run
 * lists every problem at once (not only the first), and writes what was scanned to test-results/.
 */
export class A11yAudit {
  private readonly findings: Finding[] = [];
  private readonly scanned: string[] = [];

  constructor(private readonly name: string) {}

  /**
   * axe on the page as it is now: WCAG A/AA and axe's best practices (heading order, landmarks). On paper
   * (`bestPractices: false`) only WCAG's rules: a printed sheet has no landmarks to move between.
   */
  async axe(page: Page, what: string, { exclude, bestPractices = true }: { exclude?: string[]; bestPractices?: boolean } = {}): Promise<void> {
    this.scanned.push(what);
    await transitionsDone(page);
    const violations = await axeViolations(page, { exclude, bestPractices });
    if (violations.length > 0) this.findings.push({ what, violations });
  }

  /** Nothing wider than the screen: reading it never needs scrolling sideways. */
  async reflow(page: Page, what: string): Promise<void> {
    const overflow = await page.evaluate(() => {
      const width = window.innerWidth;
      if (document.documentElement.scrollWidth <= width) return null;
      // Name the culprits: the innermost elements reaching past the right edge, leaving out those inside
      // something that scrolls or clips sideways itself (a row of tabs that scrolls is fine).
      const clippedInside = (element: Element) => {
        // An absolutely placed element is clipped only by what scrolls around its containing block.
        const position = getComputedStyle(element).position;
        const start = position === 'absolute' || position === 'fixed' ? (element as HTMLElement).offsetParent : element.parentElement;
        for (let parent = start; parent && parent !== document.body; parent = parent.parentElement) {
          if (getComputedStyle(parent).overflowX !== 'visible' && parent.getBoundingClientRect().right <= width + 1) return true;
        }
        return false;
      };
      const past = Array.from(document.querySelectorAll('body *')).filter((element) => {
        const box = element.getBoundingClientRect();
        return box.width > 0 && box.right > width + 1 && !clippedInside(element);
      });
      const culprits = past
        .filter((element) => !past.some((other) => other !== element && element.contains(other)))
        .slice(0, 6)
        .map((element) => `${element.tagName.toLowerCase()}.${String(element.getAttribute('class') ?? '').split(' ')[0]} “${(element.textContent ?? '').trim().slice(0, 40)}” → ${Math.round(element.getBoundingClientRect().right)}px`);
      return { scrollWidth: document.documentElement.scrollWidth, width, culprits };
    });
    if (overflow) {
      this.findings.push({
        what,
        violations: [{ id: 'horizontal-scroll', impact: 'serious', help: `page is ${overflow.scrollWidth}px wide on a ${overflow.width}px screen`, nodes: overflow.culprits }],
      });
    }
  }

  /**
   * What every page needs besides axe's rules: a title in the reader's language that names the page (its
   * heading), `lang` on <html>, one <main>, and (in the app) a skip link as the first stop of the Tab key
   * that takes the keyboard to it.
   */
  async basics(page: Page, what: string, lang: string, { skipLink = true } = {}): Promise<void> {
    this.scanned.push(`${what}: title, language, main landmark${skipLink ? ', skip link' : ''}`);
    // The title follows the heading within a frame (DocumentTitle); on a busy machine that frame can come late.
    await page
      .waitForFunction(() => {
        const heading = document.querySelector('main h1')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
        return heading === '' || document.title.includes(heading);
      }, undefined, { timeout: 5000 })
      .catch(() => undefined);
    const facts = await page.evaluate(() => ({
      title: document.title.trim(),
      lang: document.documentElement.lang,
      mains: document.querySelectorAll('main, [role="main"]').length,
      heading: document.querySelector('main h1')?.textContent?.trim() ?? '',
    }));
    const problems: string[] = [];
    if (!facts.heading || !facts.title.includes(facts.heading)) problems.push(`title “${facts.title}” does not name the page (“${facts.heading}”)`);
    if (facts.lang !== lang) problems.push(`<html lang="${facts.lang}">, not ${lang}`);
    if (facts.mains !== 1) problems.push(`${facts.mains} main landmarks`);
    if (skipLink) {
      // Tab from the very top of the page, as after a fresh load (a page may have focused a field itself).
      await page.evaluate(() => {
        const start = document.createElement('span');
        start.tabIndex = -1;
        start.id = 'a11y-tab-start';
        document.body.prepend(start);
        start.focus();
      });
      await page.keyboard.press('Tab');
      await page.evaluate(() => document.getElementById('a11y-tab-start')?.remove());
      const first = await page.evaluate(() => {
        const link = document.activeElement;
        const href = link instanceof HTMLAnchorElement ? link.getAttribute('href') : null;
        const visible = link ? link.getBoundingClientRect().top >= 0 && link.getBoundingClientRect().height > 0 : false;
        return { href, visible, target: href?.startsWith('#') ? (document.querySelector(href)?.tagName.toLowerCase() ?? null) : null };
      });
      if (first.target !== 'main' || !first.visible) problems.push(`first Tab stop is not a visible skip link to <main> (${JSON.stringify(first)})`);
      else {
        await page.keyboard.press('Enter');
        const inMain = await page.evaluate(() => document.activeElement?.closest('main') !== null);
        if (!inMain) problems.push('the skip link does not take the keyboard into <main>');
      }
    }
    if (problems.length > 0) this.findings.push({ what, violations: [{ id: 'page-basics', impact: 'serious', help: problems.join('; '), nodes: [] }] });
  }

  /**
   * The state at every size: axe on the laptop and the phone, no sideways scrolling on the phone and
   * at 200 % zoom. The page keeps its state (an open dialog stays open); it ends at the laptop's size.
   */
  async everywhere(page: Page, what: string, options: { exclude?: string[] } = {}): Promise<void> {
    await resize(page, LAPTOP);
    await this.axe(page, `${what} (laptop)`, options);
    await resize(page, PHONE);
    await this.axe(page, `${what} (phone)`, options);
    await this.reflow(page, `${what} (phone)`);
    await resize(page, ZOOMED);
    await this.reflow(page, `${what} (200% zoom)`);
    await resize(page, LAPTOP);
  }

  /** Fails with every finding spelled out; the list of states scanned goes to test-results/ either way. */
  expectClean(): void {
    const report = { scanned: this.scanned, findings: this.findings };
    writeFileSync(path.join(SCREENSHOTS, `a11y-${this.name}.json`), JSON.stringify(report, null, 2));
    if (this.findings.length === 0) return;
    const byRule = new Map<string, number>();
    for (const finding of this.findings) for (const violation of finding.violations) byRule.set(violation.id, (byRule.get(violation.id) ?? 0) + 1);
    throw new Error(
      `${this.findings.length} state(s) with accessibility problems (${[...byRule].map(([rule, count]) => `${rule} ×${count}`).join(', ')}):\n` +
        JSON.stringify(this.findings, null, 2),
    );
  }
}

/** Colours caught half-way through a transition (a button turning primary) would be measured wrong. */
async function transitionsDone(page: Page): Promise<void> {
  await waitFor(
    () => page.evaluate(() => document.getAnimations().every((animation) => !(animation instanceof CSSTransition) || animation.playState !== 'running')),
    { message: 'transitions to end' },
  );
}

/** A new size for the page, and a frame for layouts that measure themselves (ResizeObserver) to settle. */
export async function resize(page: Page, viewport: Viewport): Promise<void> {
  await page.setViewportSize(viewport);
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}
