import { Browser, Page } from 'playwright-core';
import { DEMO_PASSWORD } from '@hazard-ledger/auth';
import { seriousA11yViolations, shoot } from './browser';

/** One signed-in user in their own browser context (own sessionStorage), zh-CN, China Standard Time, a tablet. */
export interface SignInOptions {
  viewport?: { width: number; height: number };
  /** Sign in with the keyboard only: Tab between the fields, Enter to submit. */
  keyboard?: boolean;
}

export const signedIn = async (browser: Browser, base: string, username: string, options: SignInOptions = {}) => {
  const context = await browser.newContext({
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    viewport: options.viewport ?? { width: 1180, height: 820 },
  });
  const page = await context.newPage();
  // A crash in the page fails the spec with its message, not as a blank screenshot.
  page.on('pageerror', (error) => console.error(`console page error (${username}): ${error.stack ?? error.message}`));
  await page.goto(`${base}/#/`);
  if (options.keyboard) {
    await page.locator('#username').focus();
    await page.keyboard.type(username);
    await page.keyboard.press('Tab');
    await page.keyboard.type(DEMO_PASSWORD);
    await page.keyboard.press('Enter');
  } else {
    await page.locator('#username').fill(username);
    await page.locator('#password').fill(DEMO_PASSWORD);
    await page.getByTestId('sign-in').click();
  }
  await page.getByTestId('who').waitFor();
  return page;
};

/** Screenshot the screen and require axe to find no serious or critical violation on it. */
export const checkScreen = async (page: Page, name: string): Promise<void> => {
  await page.waitForLoadState('networkidle');
  // No table still loading; polled from here because the console's CSP forbids waitForFunction's string evaluation.
  const spinning = page.locator('.ant-spin-spinning');
  for (let tries = 0; (await spinning.count()) > 0 && tries < 120; tries += 1) await page.waitForTimeout(250);
  expect({ screen: name, stillLoading: await spinning.count() }).toEqual({ screen: name, stillLoading: 0 });
  await shoot(page, name);
  expect({ screen: name, violations: await seriousA11yViolations(page) }).toEqual({ screen: name, violations: [] });
};

export const openHazard = async (page: Page, base: string, hazardId: string): Promise<void> => {
  await page.goto(`${base}/#/hazards/${hazardId}`);
  await page.getByTestId('hazard-status').waitFor();
};

export const chooseInSelect = async (page: Page, fieldId: string, option: string): Promise<void> => {
  await page.locator(`#${fieldId}`).click({ force: true });
  await page.locator(`.ant-select-item-option[title="${option}"]`).click();
};

/**
 * Takes a step offered on the hazard's page: its generated form, the example for the required fields, the
 * adjustments, the password (signed steps); waits until the page shows the new status.
 */
export const takeStep = async (
  page: Page,
  command: string,
  options: { adjust?: (page: Page) => Promise<void>; shot?: string; password?: string; expectStatus: string },
): Promise<void> => {
  await page.getByTestId(`choose-${command}`).click();
  const form = page.getByTestId(`step-${command}`);
  await form.waitFor();
  await form.getByTestId('fill-example').click();
  await options.adjust?.(page);
  if (await form.locator('#field-password').count())
    await form.locator('#field-password').fill(options.password ?? DEMO_PASSWORD);
  if (options.shot) await checkScreen(page, options.shot);
  await form.getByTestId('submit-step').click();
  await form.waitFor({ state: 'detached', timeout: 15_000 });
  await waitForStatus(page, options.expectStatus);
};

export const waitForStatus = async (page: Page, status: string): Promise<void> => {
  try {
    await page.getByTestId('hazard-status').filter({ hasText: status }).waitFor({ timeout: 15_000 });
  } catch (error) {
    // What the page shows instead (a problem, another status) is the useful part of the failure.
    await shoot(page, `failed-waiting-for-${status}`);
    throw new Error(
      `status ${status} not shown; the page says: ${(await page.locator('body').innerText()).slice(0, 1500)}`,
      {
        cause: error,
      },
    );
  }
};
