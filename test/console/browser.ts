import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Browser, Page, chromium } from 'playwright-core';
import { repoRoot } from '@hazard-ledger/testing';

const CANDIDATES = [
  process.env.CHROMIUM_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
].filter((p): p is string => Boolean(p));

/** Debian's Chromium (Playwright's own download cannot be reached from CI): the path, or undefined. */
export const chromiumPath = (): string | undefined => CANDIDATES.find((p) => existsSync(p));

export const launch = (executablePath: string): Promise<Browser> =>
  chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-dev-shm-usage'] });

export const ARTEFACTS = join(repoRoot, 'test-artifacts', 'console');

/** A full-page screenshot under test-artifacts/console/ (gitignored), named by the step. */
export const shoot = async (page: Page, name: string): Promise<void> => {
  mkdirSync(ARTEFACTS, { recursive: true });
  await page.screenshot({ path: join(ARTEFACTS, `${name}.png`), fullPage: true });
};

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/**
 * axe-core run in the page (evaluated over the DevTools protocol, so the console's CSP needs no exception);
 * returns the serious and critical violations.
 */
export const seriousA11yViolations = async (page: Page): Promise<string[]> => {
  await page.evaluate(AXE_SOURCE);
  // A string, not a function: the test build has no DOM types, and this runs in the page.
  const violations = await page.evaluate(
    `axe.run(document, { resultTypes: ['violations'] }).then((result) => result.violations)`,
  );
  return (violations as AxeViolation[])
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
};
