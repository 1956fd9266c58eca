import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

// Evaluated rather than added as a <script>: Kopa's pages allow no inline script (CSP), the test's own code runs anyway.
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** The rules Kopa promises: WCAG 2.0, 2.1 and 2.2 at levels A and AA. */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  /** One line per offending element: its selector and axe's summary of what is wrong. */
  nodes: string[];
}

/**
 * Runs axe-core inside the page as it is now (a state: a dialog open, an error shown…) and returns
 * the WCAG A/AA violations, each in a form that reads well in a failed assertion.
 */
export async function axeViolations(page: Page, options: { exclude?: string[]; bestPractices?: boolean } = {}): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  // A colour caught halfway through a transition (a chip just pressed) is not the colour people read.
  await page
    .waitForFunction(() => document.getAnimations().every((animation) => !(animation instanceof CSSTransition) || animation.playState !== 'running'), undefined, { timeout: 3000 })
    .catch(() => undefined);
  return page.evaluate(
    async ({ tags, exclude }) => {
      // The parts of axe's result that are read here.
      type Result = { violations: { id: string; impact?: string | null; help: string; nodes: { target: string[]; failureSummary?: string }[] }[] };
      const axe = (window as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<Result> } }).axe;
      const context = exclude.length > 0 ? { include: [document], exclude: exclude.map((selector) => [selector]) } : document;
      const result = await axe.run(context, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
      return result.violations.map((violation) => ({
        id: violation.id,
        impact: violation.impact ?? null,
        help: violation.help,
        nodes: violation.nodes.map((node) => `${node.target.join(' ')}: ${node.failureSummary ?? ''}`.slice(0, 400)),
      }));
    },
    // Axe's best practices add what WCAG leaves to judgement: heading order, landmarks told apart, one main.
    { tags: options.bestPractices ? [...WCAG_TAGS, 'best-practice'] : WCAG_TAGS, exclude: options.exclude ?? [] },
  );
}

/** Fails with every violation spelled out, naming the page state (`what`) it was found in. */
export async function expectNoAxeViolations(page: Page, what: string, options: { exclude?: string[] } = {}): Promise<void> {
  const violations = await axeViolations(page, options);
  if (violations.length > 0) {
    throw new Error(`axe found ${violations.length} WCAG violation(s) on ${what}:\n${JSON.stringify(violations, null, 2)}`);
  }
}
