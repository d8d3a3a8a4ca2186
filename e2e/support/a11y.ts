import fs from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const require = createRequire(import.meta.url);
let axeSource: string | undefined;

interface AxeNode {
  target: unknown[];
  html: string;
  failureSummary?: string;
}
interface AxeViolation {
  id: string;
  impact: 'minor' | 'moderate' | 'serious' | 'critical' | null;
  help: string;
  helpUrl: string;
  nodes: AxeNode[];
}

export interface A11yOptions {
  /** CSS selectors to leave out (e.g. a third-party widget). */
  exclude?: string[];
  /** axe rule ids to switch off, each with a reason in the test. */
  disableRules?: string[];
  /** Lowest impact that fails the check. Default 'serious' (serious and critical fail). */
  failOn?: 'minor' | 'moderate' | 'serious' | 'critical';
}

const LEVELS = ['minor', 'moderate', 'serious', 'critical'] as const;

/** Renders violations readably: rule, impact, what to do, and each offending element. */
export function formatViolations(violations: AxeViolation[]): string {
  return violations
    .map((v) => {
      const nodes = v.nodes
        .slice(0, 10)
        .map((n) => `    - ${n.target.join(' ')}\n      ${n.html.slice(0, 200)}\n      ${(n.failureSummary ?? '').replace(/\n/g, '\n      ')}`)
        .join('\n');
      const more = v.nodes.length > 10 ? `\n    ... and ${v.nodes.length - 10} more` : '';
      return `[${v.impact}] ${v.id}: ${v.help}\n  ${v.helpUrl}\n${nodes}${more}`;
    })
    .join('\n\n');
}

/**
 * Runs axe-core (WCAG 2.x A/AA and best practices) on the page as it is now, and fails on any
 * violation of impact serious or critical. Call it after the page has settled (await a heading first).
 */
export async function checkA11y(page: Page, opts: A11yOptions = {}): Promise<void> {
  axeSource ??= fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  const hasAxe = await page.evaluate(() => 'axe' in window);
  // Evaluated through the DevTools protocol rather than added as a <script>: the app's Content-Security-Policy
  // (no inline script) rightly blocks an injected script tag.
  if (!hasAxe) await page.evaluate(axeSource);
  const violations = (await page.evaluate(
    async ({ exclude, disableRules }) => {
      const axe = (window as unknown as { axe: { run: (ctx: unknown, o: unknown) => Promise<{ violations: unknown[] }> } }).axe;
      const context = exclude.length ? { include: [document], exclude: exclude.map((s) => [s]) } : document;
      const rules = Object.fromEntries(disableRules.map((r) => [r, { enabled: false }]));
      const result = await axe.run(context, { resultTypes: ['violations'], rules });
      return result.violations;
    },
    { exclude: opts.exclude ?? [], disableRules: opts.disableRules ?? [] },
  )) as AxeViolation[];
  const min = LEVELS.indexOf(opts.failOn ?? 'serious');
  const failing = violations.filter((v) => v.impact && LEVELS.indexOf(v.impact) >= min);
  if (failing.length) {
    throw new Error(`Accessibility violations on ${page.url()} (${failing.length}):\n\n${formatViolations(failing)}`);
  }
}
