import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

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
export async function axeViolations(page: Page, options: { exclude?: string[] } = {}): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: axePath });
  return page.evaluate(
    async ({ tags, exclude }) => {
      const axe = (window as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<any> } }).axe;
      const context = exclude.length > 0 ? { include: [document], exclude: exclude.map((selector) => [selector]) } : document;
      const result = await axe.run(context, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
      return result.violations.map((violation: any) => ({
        id: violation.id,
        impact: violation.impact ?? null,
        help: violation.help,
        nodes: violation.nodes.map((node: any) => `${node.target.join(' ')}: ${node.failureSummary ?? ''}`.slice(0, 400)),
      }));
    },
    { tags: WCAG_TAGS, exclude: options.exclude ?? [] },
  );
}

/** Fails with every violation spelled out, naming the page state (`what`) it was found in. */
export async function expectNoAxeViolations(page: Page, what: string, options: { exclude?: string[] } = {}): Promise<void> {
  const violations = await axeViolations(page, options);
  if (violations.length > 0) {
    throw new Error(`axe found ${violations.length} WCAG violation(s) on ${what}:\n${JSON.stringify(violations, null, 2)}`);
  }
}
