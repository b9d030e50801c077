import { Logger } from '@nestjs/common';
import { aggregateIdFromKey } from '../shared/aggregate-id';
import { DemoClient, demoClient } from './demo-client';

const INVESTIGATOR = 'investigator';
const CASE_KEY = 'demo-lb1-01';
const PURPOSE = encodeURIComponent('演示：示范矿业执法责任倒查 / demo look-back case');

/**
 * A query run inside the case (GET /lookback/<id>?caseId=, which records the run). The facts projection may still be
 * catching up with the rest of the demo, so the read waits (Prefer: wait) and a 503 is tried again.
 */
const runInCase = async (baseUrl: string, c: DemoClient, path: string): Promise<void> => {
  const Authorization = await bearer(baseUrl, c);
  for (let attempt = 1; ; attempt += 1) {
    const res = await fetch(`${baseUrl}${path}`, {
      headers: { Authorization, Prefer: 'wait=30', 'X-Access-Purpose': PURPOSE },
    });
    if (res.ok) return;
    if (res.status !== 503 || attempt >= 5) throw new Error(`demo look-back run ${path}: ${res.status}`);
  }
};

// The demo client keeps its tokens to itself and sends no extra headers, so the runs log in on their own.
const bearer = async (baseUrl: string, c: DemoClient): Promise<string> => {
  const res = await fetch(`${baseUrl}/auth/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username: INVESTIGATOR, password: c.password }),
  });
  if (!res.ok) throw new Error(`demo login ${INVESTIGATOR}: ${res.status}`);
  return `Bearer ${((await res.json()) as { access_token: string }).access_token}`;
};

/**
 * A 执法责任倒查 case about the demo mine, through the public API as the investigator would (idempotent: seeded once):
 * opened with its subject (mine-demo-1 and inspector 张明), scope and legal basis; LB-02 and LB-10 run inside it; the
 * LB-02 answer frozen. Returns the case id.
 */
export const seedDemoLookbackCase = async (baseUrl: string, c: DemoClient): Promise<string> => {
  const caseId = aggregateIdFromKey(CASE_KEY, 'lookback-case');
  if (await c.exists(INVESTIGATOR, `/lookback-cases/${caseId}`)) return caseId;
  await c.post(INVESTIGATOR, '/lookback-cases', CASE_KEY, {
    title: '示范矿业 3# 采场安全出口隐患执法责任倒查',
    subject: { mineIds: ['mine-demo-1'], personIds: ['u-inspector-zhang'] },
    scope: '示范矿业全部隐患、检查、执法文书与处罚 / every hazard, inspection, document and penalty of the demo mine',
    legalBasis: '安全生产法第九十条；矿安〔2025〕14号 / Work Safety Law Art. 90',
  });
  const q = `caseId=${caseId}&mineId=mine-demo-1`;
  await runInCase(baseUrl, c, `/lookback/LB-02-mine-timeline?${q}`);
  await runInCase(baseUrl, c, `/lookback/LB-10-downgrades-amendments?${q}`);
  await c.post(INVESTIGATOR, `/lookback-cases/${caseId}/frozen-answers`, 'demo-lb1-02', {
    queryId: 'LB-02-mine-timeline',
    mineId: 'mine-demo-1',
    asOf: new Date().toISOString(),
  });
  return caseId;
};

/** Seeds the demo case and says where to see it. */
export const seedDemoLookbackCaseOverHttp = async (baseUrl: string, logger: Logger): Promise<void> => {
  const caseId = await seedDemoLookbackCase(baseUrl, demoClient(baseUrl));
  logger.log(`演示倒查案件 / demo look-back case: ${caseId} (login investigator or auditor; GET /lookback-cases/<id>)`);
};
