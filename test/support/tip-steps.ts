import { AddressInfo } from 'node:net';
import { demoClient } from '../../apps/api/src/demo/demo-client';
import { DEMO_INSPECTION_ID, seedDemoDocuments } from '../../apps/api/src/demo/demo-documents';
import { seedDemoInspections } from '../../apps/api/src/demo/demo-inspections';
import { aggregateIdFromKey } from '../../apps/api/src/shared/aggregate-id';
import { startWithDemoMines } from '../api/hazards/hazard-steps';
import { ApiApp, StartOptions } from './api-app';

/** Real records a tip links to: the demo 重点督查, the demo 处罚决定书 and its 一案双罚 penalty (¥150 000 + ¥30 000). */
export interface TipLinks {
  inspectionId: string;
  documentId: string;
  penaltyId: string;
  fineYuan: number;
}

/** The API with the demo mines, inspections, documents and penalties, seeded through the public API as npm start does. */
export const startTipsApp = async (
  options: StartOptions = {},
): Promise<{ api: ApiApp; links: TipLinks; baseUrl: string }> => {
  const api = await startWithDemoMines(options);
  await api.app.listen(0, '127.0.0.1');
  const baseUrl = `http://127.0.0.1:${(api.app.getHttpServer().address() as AddressInfo).port}`;
  await seedDemoInspections(demoClient(baseUrl));
  const [documentId] = await seedDemoDocuments(demoClient(baseUrl));
  const links = {
    inspectionId: DEMO_INSPECTION_ID as string,
    documentId,
    penaltyId: aggregateIdFromKey('demo-p1-01', 'penalty'),
    fineYuan: 180_000,
  };
  return { api, links, baseUrl };
};

export const receiveBody = (reporter: object, overrides: object = {}) => ({
  channel: 'hotline_12350',
  receivedAt: new Date(Date.now() - 3_600_000).toISOString(),
  content: '-120m 中段只有一个安全出口，另一出口被废石堵塞，矿方知情未处理',
  category: 'major_hazard',
  mineId: 'mine-demo-1',
  reporter,
  ...overrides,
});

/** The bodies of each step after intake, for a tip found true and handled with the demo penalty. */
export const stepBodies = (links: TipLinks) => ({
  accept: {},
  assign: { assigneeId: 'u-inspector-li' },
  verify: { inspectionId: links.inspectionId, finding: 'true', summary: '现场核实：另一安全出口堵塞' },
  handle: { hazardIds: [], documentIds: [links.documentId], penaltyIds: [links.penaltyId], summary: '责令整改并处罚' },
  feedback: { conclusion: '属实', facts: '-120m 中段安全出口堵塞', decision: '责令整改，罚款', rewardEligible: true },
  objection: () => ({ objection: '对单位处罚过轻', receivedAt: new Date().toISOString() }),
  reReview: { outcome: 'upheld', finding: 'true', summary: '复查维持原结论' },
  reward: { level: 'first' },
  payment: { voucherNo: 'JL-2024-001' },
  accountability: { caseNo: 'ZZ-2024-3', against: 'enterprise', summary: '企业知情不报，隐瞒重大事故隐患' },
});

/** Who does each step in the demo district: 张明 receives and accepts, 王刚 assigns, 李强 handles, 钱市局 of the city bureau (the next level up) re-reviews. */
export const tipSteps = (api: ApiApp, onAnswer: (where: string, text: string) => void = () => undefined) => {
  const post = async (username: string, path: string, body: object, headers: Record<string, string> = {}) => {
    const res = await api.http
      .post(path)
      .set({ Authorization: await api.login(username), ...headers })
      .send(body);
    onAnswer(`POST ${path} as ${username}`, res.text);
    return res;
  };
  const get = async (username: string, path: string) =>
    api.http.get(path).set('Authorization', await api.login(username));

  /** The whole loop to the reward's payment and a 追责 case, checking each answer. */
  const throughTheLoop = async (tipId: string, links: TipLinks, extra: { claimCode?: string } = {}) => {
    const b = stepBodies(links);
    const steps: [string, string, object | (() => object)][] = [
      ['inspector.zhang', 'acceptance', b.accept],
      ['leader.wang', 'assignment', b.assign],
      ['inspector.li', 'verification', b.verify],
      ['inspector.li', 'handling', b.handle],
      ['inspector.li', 'feedback', b.feedback],
      ['inspector.zhang', 'objections', b.objection],
      ['leader.city', 're-review', b.reReview],
      ['leader.wang', 'reward', b.reward],
      ['leader.wang', 'reward/payment', { ...b.payment, ...extra }],
      ['leader.wang', 'accountability', b.accountability],
    ];
    for (const [username, path, body] of steps) {
      // The objection is received after the feedback was sent, so its time is taken when it is sent.
      const res = await post(username, `/tips/${tipId}/${path}`, typeof body === 'function' ? body() : body);
      if (res.status !== 200) throw new Error(`${path}: ${res.status} ${JSON.stringify(res.body)}`);
    }
  };
  return { post, get, throughTheLoop };
};
