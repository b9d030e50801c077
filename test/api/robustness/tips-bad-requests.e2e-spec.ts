import { BadRequest, describeBadRequests, mutationsOf } from '../../support/bad-requests';
import { receiveBody, startTipsApp, stepBodies, tipSteps } from '../../support/tip-steps';

type Json = Record<string, unknown>;

const NAMED = { anonymous: false, internal: false, name: '测试举报人', phone: '13800000000' };
const NO_TIP = '00000000-0000-4000-8000-000000000000';

/** Well-formed requests the decision, the vault or the access rules refuse. */
const refusals = (
  received: string,
  fedBack: string,
  named: { tipNo: string; claimCode: string },
  b: ReturnType<typeof stepBodies>,
): BadRequest[] => {
  const on = (name: string, id: string, suffix: string, body: Json, username: string): BadRequest => ({
    name,
    path: `/tips/${id}/${suffix}`,
    username,
    body,
  });
  const intake = (name: string, overrides: Json, username = 'inspector.zhang'): BadRequest => ({
    name,
    path: '/tips',
    username,
    body: receiveBody(NAMED, overrides),
  });
  return [
    intake('anonymous with a name', { reporter: { anonymous: true, internal: false, name: '某人' } }),
    intake('named without a name', { reporter: { anonymous: false, internal: false } }),
    intake('internal without contacts', { reporter: { anonymous: false, internal: true, name: '某人' } }),
    intake('no mine and no jurisdiction', { mineId: undefined }),
    intake('unregistered mine', { mineId: 'mine-nowhere' }),
    intake('another district’s inspector', {}, 'inspector.other'),
    intake('an enterprise user files', {}, 'enterprise.staff'),
    intake('the custodian files', {}, 'custodian.chen'),
    intake('an auditor files', {}, 'auditor'),
    intake('an administrator files', {}, 'sysadmin'),
    on('accept twice', fedBack, 'acceptance', {}, 'inspector.zhang'),
    on('verify before assignment', received, 'verification', b.verify, 'inspector.li'),
    on('assign by an inspector', received, 'assignment', { assigneeId: 'u-inspector-li' }, 'inspector.zhang'),
    on('assign to an unknown user', received, 'assignment', { assigneeId: 'u-nobody' }, 'leader.wang'),
    on('extend by 31 days', received, 'extension', { days: 31, reason: '需鉴定' }, 'leader.wang'),
    on('re-review without objection', fedBack, 're-review', b.reReview, 'leader.city'),
    on(
      'objection after the window',
      fedBack,
      'objections',
      { objection: '异议', receivedAt: '2024-01-01T00:00:00.000Z' },
      'inspector.zhang',
    ),
    on('feedback by someone not assigned', fedBack, 'feedback', b.feedback, 'inspector.zhang'),
    on('reward by an inspector', fedBack, 'reward', { level: 'first' }, 'inspector.li'),
    on('pay before a reward is decided', fedBack, 'reward/payment', { voucherNo: 'JL-1' }, 'leader.wang'),
    on(
      'later evidence on a true tip',
      fedBack,
      'later-evidence',
      { kind: 'inspection', evidenceId: 'i-1', summary: '后续' },
      'inspector.zhang',
    ),
    on('reveal by an inspector', fedBack, 'identity/reveal', { reason: '想看' }, 'inspector.zhang'),
    on('reveal by a leader', fedBack, 'identity/reveal', { reason: '想看' }, 'leader.wang'),
    on('reveal by an auditor', fedBack, 'identity/reveal', { reason: '想看' }, 'auditor'),
    on('reveal by the mine’s principal', fedBack, 'identity/reveal', { reason: '想看' }, 'enterprise.principal'),
    on(
      'shred by an investigator',
      fedBack,
      'identity/shred',
      { ground: 'lawful_request', reason: '删' },
      'investigator',
    ),
    on(
      'shred for retention before it ended',
      fedBack,
      'identity/shred',
      { ground: 'retention_ended', reason: '到期' },
      'custodian.chen',
    ),
    on('reveal of no tip', NO_TIP, 'identity/reveal', { reason: '核实' }, 'custodian.chen'),
    on('accept no tip', NO_TIP, 'acceptance', {}, 'inspector.zhang'),
    on('accept in another district', received, 'acceptance', {}, 'inspector.other'),
    {
      name: 'follow-up with a wrong code',
      path: '/tips/follow-up',
      username: 'auditor',
      body: { tipNo: named.tipNo, claimCode: 'AAAA-BBBB-CCCC-DDDD' },
    },
    {
      name: 'follow-up with a wrong number',
      path: '/tips/follow-up',
      username: 'auditor',
      body: { tipNo: 'JB-20240101-00000000', claimCode: named.claimCode },
    },
    ...[
      'step=later',
      'overdue=maybe',
      'asOf=yesterday',
      'limit=0',
      'limit=500',
      'cursor=%%%',
      'reward=all',
      'mineId=a%20b',
    ].map((query) => ({
      name: `board ?${query}`,
      method: 'get' as const,
      path: `/tips-board?${query}`,
      username: 'leader.wang',
    })),
    {
      name: 'board with asOf and validAt',
      method: 'get',
      path: '/tips-board?asOf=2024-01-01T00:00:00Z&validAt=2024-01-01T00:00:00Z',
      username: 'leader.wang',
    },
    { name: 'board as the enterprise', method: 'get', path: '/tips-board', username: 'enterprise.staff' },
    { name: 'board as the custodian', method: 'get', path: '/tips-board', username: 'custodian.chen' },
    { name: 'export as xls', method: 'get', path: '/tips-board/export?format=xls', username: 'leader.wang' },
    { name: 'tip as the enterprise', method: 'get', path: `/tips/${received}`, username: 'enterprise.principal' },
    { name: 'tip from another district', method: 'get', path: `/tips/${received}`, username: 'inspector.other' },
    { name: 'no such tip', method: 'get', path: `/tips/${NO_TIP}`, username: 'leader.wang' },
  ];
};

describeBadRequests(
  'bad requests against the tip endpoints: every one a 4xx problem, none a 5xx, nothing written',
  'tips',
  async () => {
    const { api, links } = await startTipsApp();
    const steps = tipSteps(api);
    const received = (await steps.post('inspector.zhang', '/tips', receiveBody(NAMED))).body;
    const fedBack = (await steps.post('inspector.zhang', '/tips', receiveBody(NAMED))).body;
    const b = stepBodies(links);
    for (const [username, path, body] of [
      ['inspector.zhang', 'acceptance', b.accept],
      ['leader.wang', 'assignment', b.assign],
      ['inspector.li', 'verification', b.verify],
      ['inspector.li', 'handling', b.handle],
      ['inspector.li', 'feedback', b.feedback],
    ] as const)
      await steps.post(username, `/tips/${fedBack.id}/${path}`, body);
    const cases: BadRequest[] = [
      ...mutationsOf('ReceiveTip', '/tips', 'inspector.zhang', receiveBody(NAMED) as Json, { optional: ['mineId'] }),
    ];
    const reporterMutations = mutationsOf('reporter', '/tips', 'inspector.zhang', NAMED as Json, {
      optional: ['phone'],
    })
      .filter((c) => c.body !== undefined && !Array.isArray(c.body) && !c.headers && !c.name.endsWith('unknown field'))
      .map((c) => ({ ...c, body: receiveBody(c.body as Json) }));
    cases.push(...reporterMutations);
    const at = (suffix: string) => `/tips/${received.id}/${suffix}`;
    const bodies: [string, string, string, Json, string[]][] = [
      ['AcceptTip', 'acceptance', 'inspector.zhang', {}, []],
      ['RefuseTip', 'refusal', 'inspector.zhang', { reason: '不属于举报范围' }, []],
      ['AssignTip', 'assignment', 'leader.wang', b.assign, []],
      ['ExtendTipDeadline', 'extension', 'leader.wang', { days: 30, reason: '需鉴定' }, []],
      ['VerifyTip', 'verification', 'inspector.li', b.verify, []],
      ['HandleTip', 'handling', 'inspector.li', b.handle, []],
      ['SendTipFeedback', 'feedback', 'inspector.li', b.feedback, []],
      ['RecordTipObjection', 'objections', 'inspector.zhang', b.objection(), []],
      ['ReReviewTip', 're-review', 'leader.city', b.reReview, []],
      ['DecideTipReward', 'reward', 'leader.wang', b.reward, []],
      [
        'PayTipReward',
        'reward/payment',
        'leader.wang',
        { voucherNo: 'JL-1', claimCode: 'ABCD-EFGH-JKMN-PQRS' },
        ['claimCode'],
      ],
      ['OpenTipAccountability', 'accountability', 'leader.wang', b.accountability, []],
      [
        'LinkTipLaterEvidence',
        'later-evidence',
        'inspector.zhang',
        { kind: 'inspection', evidenceId: 'i-1', summary: '后续' },
        [],
      ],
      ['RevealTipIdentity', 'identity/reveal', 'custodian.chen', { reason: '核实' }, []],
      ['ShredTipIdentity', 'identity/shred', 'custodian.chen', { ground: 'lawful_request', reason: '删除' }, []],
    ];
    for (const [name, suffix, username, body, optional] of bodies)
      cases.push(
        ...mutationsOf(name, at(suffix), username, body, {
          optional,
          arrays: { mayBeEmpty: ['hazardIds', 'documentIds', 'penaltyIds'] },
        }),
      );
    cases.push(
      ...mutationsOf('follow-up', '/tips/follow-up', 'auditor', {
        tipNo: received.tipNo,
        claimCode: received.claimCode,
      }).filter((c) => !c.headers),
    );
    cases.push(...refusals(received.id, fedBack.id, received, b));
    return { api, cases };
  },
);
