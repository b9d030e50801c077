import { Browser, Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { AddressInfo } from 'node:net';
import { DEMO_PASSWORD } from '@hazard-ledger/auth';
import { ApiApp } from '../support/api-app';
import { hazardRequests, remediationPlan } from '../support/hazard-requests';
import { hazardSteps, startWithDemoMines } from '../api/hazards/hazard-steps';
import { chromiumPath, launch } from './browser';
import {
  SignInOptions,
  chooseInSelect,
  checkScreen,
  openHazard,
  signedIn,
  takeStep,
  waitForStatus,
} from './console-steps';

const browserPath = chromiumPath();
if (!browserPath && process.env.CONSOLE_BROWSER_REQUIRED)
  throw new Error(
    'CI needs Chromium for the console spec (.ci/run installs it): set CHROMIUM_PATH or install chromium',
  );
if (!browserPath)
  console.warn(
    '\n**********\nSKIPPED: console browser tests — no Chromium found (install: apt-get install chromium fonts-noto-cjk)\n**********\n',
  );
const describeInBrowser = browserPath ? describe : describe.skip;
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();
const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString();
/** China Standard Time wall clock, as the as-of picker takes it. */
// A browser journey under CI load (two jest workers, two cores): generous per-test time.
jest.setTimeout(180_000);

const cst = (ms: number) => new Date(ms + 8 * 3_600_000).toISOString().slice(0, 19).replace('T', ' ');

describeInBrowser(
  'the console in a real browser: a major hazard from the principal to the leader’s 销号, then the auditor looks back',
  () => {
    let api: ApiApp;
    let browser: Browser;
    let base: string;
    let hazardId: string;
    const pages: Page[] = [];
    const as = async (username: string, options?: SignInOptions) => {
      const page = await signedIn(browser, base, username, options);
      pages.push(page);
      return page;
    };

    beforeAll(async () => {
      api = await startWithDemoMines({ runProjections: true });
      await api.app.listen(0, '127.0.0.1');
      base = `http://127.0.0.1:${(api.app.getHttpServer().address() as AddressInfo).port}`;
      browser = await launch(browserPath as string);
    }, 120_000);
    afterAll(async () => {
      for (const page of pages) await page.context().close();
      await browser?.close();
      await api?.close();
    });

    it('the principal records a major hazard and submits both reports (双报告), each signed', async () => {
      const page = await as('enterprise.principal');
      await checkScreen(page, '01-principal-ledger');
      await page.goto(`${base}/#/new-hazard`);
      const form = page.getByTestId('step-DiscoverHazard');
      await form.getByTestId('fill-example').click();
      await form.locator('#field-occurredAt').fill(minutesAgo(30));
      await form.locator('#field-evidence-0-pending').click();
      await checkScreen(page, '02-principal-records-hazard');
      await form.getByTestId('submit-step').click();
      await waitForStatus(page, '已发现');
      hazardId = /#\/hazards\/([^/?]+)/.exec(page.url())![1];

      await takeStep(page, 'DetermineMajorHazard', {
        shot: '03-determination-shows-meaning',
        expectStatus: '已判定重大',
      });
      await takeStep(page, 'SubmitDualReport', { expectStatus: '已判定重大' });
      await takeStep(page, 'SubmitDualReport', {
        adjust: (p) => chooseInSelect(p, 'field-recipient', 'workers_congress'),
        expectStatus: '已判定重大',
      });
      await page.getByTestId('audit-trail').getByText('DualReportSubmitted').nth(1).waitFor();
      await checkScreen(page, '04-both-reports-signed');
      const { eventTypes } = hazardSteps(api);
      expect(await eventTypes(hazardId)).toEqual([
        'HazardDiscovered',
        'MajorHazardDetermined',
        'DualReportSubmitted',
        'DualReportSubmitted',
      ]);
    });

    it('(over the API, not the journey under test) receipts, 挂牌督办, plan accepted, evaluated, sign-off requested', async () => {
      const { step, read } = hazardSteps(api);
      const path = (s: string) => `/hazards/${hazardId}/${s}`;
      const signed = { password: DEMO_PASSWORD };
      const reports = (await read('inspector.zhang', hazardId)).body.hazard.major.reports;
      await step(
        hazardId,
        'inspector.zhang',
        path('dual-report-receipts'),
        { recipient: 'regulator', reportHash: reports.regulator.hash },
        ['DualReportReceived'],
      );
      await step(
        hazardId,
        'congress.rep',
        path('dual-report-receipts'),
        { recipient: 'workers_congress', reportHash: reports.workers_congress.hash },
        ['DualReportReceived'],
      );
      await step(hazardId, 'leader.wang', path('supervision-listing'), hazardRequests.ListForSupervision.body(), [
        'SupervisionListed',
      ]);
      await step(hazardId, 'enterprise.principal', path('remediation-plans'), remediationPlan(inDays(120)), [
        'RemediationPlanSubmitted',
      ]);
      await step(hazardId, 'leader.wang', path('remediation-plan-acceptance'), {}, ['RemediationPlanAccepted']);
      await step(hazardId, 'enterprise.staff', path('evaluation'), hazardRequests.EvaluateRemediation.body(), [
        'RemediationEvaluated',
      ]);
      await step(hazardId, 'enterprise.principal', path('sign-off-request'), signed, ['SignOffRequested']);
    });

    it('two inspectors sign the site review; the leader signs the 销号 (a wrong password is shown at the field)', async () => {
      for (const [username, shot] of [
        ['inspector.zhang', '05-inspector-zhang-site-review'],
        ['inspector.li', '06-inspector-li-site-review'],
      ]) {
        const page = await as(username);
        await openHazard(page, base, hazardId);
        await takeStep(page, 'SignSiteReview', { shot, expectStatus: '已申请销号' });
      }
      const leader = await as('leader.zhao');
      await openHazard(leader, base, hazardId);
      await leader.getByTestId('choose-SignOffHazard').click();
      const form = leader.getByTestId('step-SignOffHazard');
      await form.getByTestId('fill-example').click();
      await form.locator('#field-password').fill('not-my-password');
      await form.getByTestId('submit-step').click();
      await form.locator('.ant-form-item-explain-error').first().waitFor();
      await checkScreen(leader, '07-leader-wrong-password-at-field');
      await form.locator('#field-password').fill(DEMO_PASSWORD);
      await form.getByTestId('submit-step').click();
      await waitForStatus(leader, '已销号');
      await checkScreen(leader, '08-leader-signed-off');
    });

    it('the auditor moves the as-of control to before the 销号: the earlier state, marked historical, and who viewed it', async () => {
      const [{ at }] = await api.db.query<{ at: Date }>(
        `SELECT recorded_at AS at FROM events WHERE stream_id = $1 AND type = 'HazardSignedOff'`,
        [`hazard-${hazardId}`],
      );
      const page = await as('auditor');
      await openHazard(page, base, hazardId);
      await waitForStatus(page, '已销号');
      expect(await page.locator('[data-testid^="choose-"]').count()).toBe(0);
      await page.locator('#as-of-input').click();
      await page.locator('#as-of-input').fill(cst(at.getTime() - 1000));
      await page.locator('#as-of-input').press('Enter');
      await page.getByTestId('historical-banner').waitFor();
      await waitForStatus(page, '已申请销号');
      const viewers = page.getByTestId('viewed-by');
      await viewers.getByText('李强').first().waitFor();
      await checkScreen(page, '09-auditor-as-of-before-sign-off');

      await page.getByTestId('lang-toggle').click();
      await waitForStatus(page, 'sign-off requested');
      await checkScreen(page, '10-auditor-as-of-in-english');

      // The ledger as it stood then, exported to Excel with the same cut.
      await page.goto(`${base}/#/registers/hazards`);
      await page.getByTestId('historical-banner').waitFor();
      await page.locator(`a[href="#/hazards/${hazardId}"]`).waitFor();
      await checkScreen(page, '11-auditor-ledger-as-of');
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-xlsx').click()]);
      expect(download.suggestedFilename()).toBe('hazards.xlsx');
      const bytes = readFileSync((await download.path()) as string);
      expect(bytes.subarray(0, 2).toString()).toBe('PK'); // an xlsx is a zip
    });

    it('an enterprise user of another mine, on a tablet and by keyboard, is refused the hazard in their language', async () => {
      const page = await as('enterprise.other', { viewport: { width: 820, height: 1180 }, keyboard: true });
      await page.goto(`${base}/#/hazards/${hazardId}`);
      await page.getByRole('alert').filter({ hasText: '无权' }).first().waitFor();
      await checkScreen(page, '12-other-mine-refused');
    });
  },
);
