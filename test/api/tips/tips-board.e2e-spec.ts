import { ApiApp } from '../../support/api-app';
import { TipLinks, receiveBody, startTipsApp, stepBodies, tipSteps } from '../../support/tip-steps';

const ANONYMOUS = { anonymous: true, internal: false };
const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString();

interface Item {
  tipId: string;
  step: string;
  stepDueAt: string | null;
  overdue: boolean;
  objected: boolean;
  rewardYuan: number | null;
  rewardPaid: boolean;
  provenTrueLater: boolean;
  finding: string | null;
  revealCount: number;
}

describe('举报看板: tips per step with deadlines, overdue steps, objections, rewards — as of any date, every read logged', () => {
  let api: ApiApp;
  let links: TipLinks;
  let steps: ReturnType<typeof tipSteps>;
  const ids: Record<'late' | 'looped' | 'refused' | 'provedTrue', string> = {
    late: '',
    looped: '',
    refused: '',
    provedTrue: '',
  };
  let lastPosition = '';
  let feedbackRecordedAt = '';

  const board = async (query = '', username = 'leader.wang') => {
    const res = await steps.get(username, `/tips-board?minPosition=${lastPosition}${query}`);
    expect(res.status).toBe(200);
    return res.body as { items: Item[]; total: number; asOfPosition: string };
  };
  const byId = (items: Item[], id: string) => items.find((i) => i.tipId === id) as Item;
  const post = async (username: string, path: string, body: object) => {
    const res = await steps.post(username, path, body);
    expect([path, res.status]).toEqual([path, 200]);
    lastPosition = res.body.logPosition;
  };

  beforeAll(async () => {
    ({ api, links } = await startTipsApp({ runProjections: true }));
    steps = tipSteps(api);
    const receive = async (overrides: object = {}) =>
      (await steps.post('inspector.zhang', '/tips', receiveBody(ANONYMOUS, overrides))).body;
    ids.late = (await receive({ receivedAt: daysAgo(8) })).id;
    const looped = await receive();
    ids.looped = looped.id;
    await steps.throughTheLoop(looped.id, links, { claimCode: looped.claimCode });
    feedbackRecordedAt = (await steps.get('auditor', `/tips/${looped.id}`)).body.steps.find(
      (s: { type: string }) => s.type === 'TipFeedbackSent',
    ).recordedAt;
    ids.refused = (await receive()).id;
    await post('inspector.zhang', `/tips/${ids.refused}/refusal`, { reason: '不属于安全生产举报范围' });
    ids.provedTrue = (await receive()).id;
    const b = stepBodies(links);
    const p = (suffix: string) => `/tips/${ids.provedTrue}/${suffix}`;
    await post('inspector.zhang', p('acceptance'), {});
    await post('leader.wang', p('assignment'), b.assign);
    await post('inspector.li', p('verification'), { ...b.verify, finding: 'false', summary: '现场未见堵塞' });
    await post('inspector.li', p('handling'), {
      hazardIds: [],
      documentIds: [],
      penaltyIds: [],
      summary: '不属实，未处理',
    });
    await post('inspector.li', p('feedback'), { ...b.feedback, conclusion: '不属实', rewardEligible: false });
    await post('leader.wang', p('later-evidence'), {
      kind: 'inspection',
      evidenceId: links.inspectionId,
      summary: '上级检查发现同一出口堵塞',
    });
  });
  afterAll(() => api.close());

  it('shows each tip at the step it waits for, with its deadline; a missed 受理 deadline is overdue', async () => {
    const { items, total } = await board();
    expect(total).toBe(4);
    expect(byId(items, ids.late)).toMatchObject({ step: 'accept', overdue: true });
    expect(byId(items, ids.looped)).toMatchObject({
      step: 'none',
      overdue: false,
      objected: true,
      rewardYuan: 27_000,
      rewardPaid: true,
    });
    expect(byId(items, ids.refused)).toMatchObject({ step: 'none', overdue: false });
    expect(byId(items, ids.provedTrue)).toMatchObject({
      finding: 'false',
      provenTrueLater: true,
      step: 'objection_window',
    });
  });

  it('filters overdue steps, objections, rewards and tips closed 不属实 that were later proved true', async () => {
    expect((await board('&overdue=true')).items.map((i) => i.tipId)).toEqual([ids.late]);
    expect((await board('&objected=true')).items.map((i) => i.tipId)).toEqual([ids.looped]);
    expect((await board('&reward=decided')).items.map((i) => i.tipId)).toEqual([ids.looped]);
    expect((await board('&reward=unpaid')).items).toEqual([]);
    expect((await board('&provenTrueLater=true')).items.map((i) => i.tipId)).toEqual([ids.provedTrue]);
  });

  it('answers as of an earlier system time: the looped tip was then in its objection window', async () => {
    const { items } = await board(`&asOf=${encodeURIComponent(feedbackRecordedAt)}`);
    expect(byId(items, ids.looped)).toMatchObject({ step: 'objection_window', objected: false, rewardYuan: null });
    expect(byId(items, ids.refused)).toBeUndefined();
  });

  it('answers as of valid time too, and judges overdue at that instant', async () => {
    const early = daysAgo(6);
    const { items } = await board(`&validAt=${encodeURIComponent(early)}`);
    expect(items.map((i) => i.tipId)).toEqual([ids.late]);
    expect(items[0]).toMatchObject({ step: 'accept', overdue: false });
  });

  it('shows a regulator of another district nothing, and exports with Chinese headers', async () => {
    const csv = await steps.get('auditor', `/tips-board/export?format=csv&minPosition=${lastPosition}`);
    expect(csv.status).toBe(200);
    expect(csv.text).toContain('举报编号 tipNo');
    expect(csv.text).toContain('待办环节 step');
    expect(csv.text.split('\n').filter((l) => l.includes('JB-')).length).toBe(4);
    expect((await board('', 'inspector.other')).items).toEqual([]);
  });

  it('writes every read of the board to the access log', async () => {
    await board();
    const log = await steps.get('auditor', `/access-log?recordId=${ids.late}`);
    expect(log.status).toBe(200);
    const kinds = (log.body.entries as { recordType: string; actor: { id: string }; kind: string }[]).map(
      (e) => `${e.recordType}:${e.kind}:${e.actor.id}`,
    );
    expect(kinds).toEqual(expect.arrayContaining(['tips-board:read:u-leader-wang', 'tips-board:export:u-auditor']));
  });
});
