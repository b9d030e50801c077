import {
  Actor,
  Decider,
  DocumentCommand,
  ESignature,
  PenaltyCommand,
  documentDecider,
  penaltyDecider,
} from '@hazard-ledger/domain';
import { MineInfo, advanceEntity, EntityModel } from '@hazard-ledger/projection-engine';
import { recordedAs } from '@hazard-ledger/testing';

export const MINE: MineInfo = {
  mineId: 'mine-demo-1',
  name: '示范铁矿',
  jurisdiction: '140404',
  siteType: 'underground',
  riskGrade: null,
};
const regulator = (id: string, role: Actor['role']): Actor => ({
  id,
  name: id,
  role,
  org: '上党区应急管理局',
  jurisdictions: ['140404'],
});
export const zhang = regulator('zhang', 'inspector');
export const li = regulator('li', 'inspector');
export const wang = regulator('wang', 'supervising_leader');

type Step<C> = [actor: Actor, body: Omit<C, 'metadata'>];
const day = (i: number) => `2024-05-${String(10 + i).padStart(2, '0')}T02:00:00.000Z`;

/** Runs the real decider over the commands, one a day, and returns the events as the store delivers them. */
const history = <C extends { type: string }, E extends { type: string; data: object }, S>(
  decider: Decider<C, E, S>,
  streamId: string,
  steps: Step<C>[],
) => {
  let state = decider.initialState();
  const events: E[] = [];
  steps.forEach(([actor, body], i) => {
    const made = decider.decide({ ...body, metadata: { now: day(i), actor } } as unknown as C, state);
    made.forEach((e) => (state = decider.evolve(state, e)));
    events.push(...made);
  });
  return events.map((e, i) => recordedAs(streamId, i, e, { recordedAt: day(i) }));
};

const signature = (a: Actor): ESignature => ({
  signerId: a.id,
  printedName: a.name,
  role: a.role,
  meaning: '执法文书签发 / enforcement document signed',
  signedAt: day(3),
  contentHash: 'a'.repeat(64),
});

const documentId = 'd1';
export const DRAFT: Step<DocumentCommand> = [
  zhang,
  {
    type: 'DraftDocument',
    data: {
      documentId,
      kind: 'suspension_order',
      docNo: '停〔2024〕3号',
      mineId: MINE.mineId,
      inspection: { inspectionId: 'i1', memberIds: ['zhang'] },
      hazardIds: [],
      content: { facts: '一个出口' },
    },
  },
];
export const REVIEW: Step<DocumentCommand> = [
  li,
  { type: 'ReviewDocumentLegally', data: { documentId, conclusion: 'approved', opinion: '同意' } },
];
export const SIGN: Step<DocumentCommand> = [
  zhang,
  { type: 'SignDocument', data: { documentId, signature: signature(zhang) } },
];
export const SERVE: Step<DocumentCommand> = [
  zhang,
  { type: 'ServeDocument', data: { documentId, method: 'in_person', recipient: '王矿长', servedAt: day(2) } },
];
export const AMEND: Step<DocumentCommand> = [
  zhang,
  { type: 'AmendDocument', data: { documentId, content: { facts: '一个出口（另一坍塌）' }, reason: '补充' } },
];

export const documentHistory = (...steps: Step<DocumentCommand>[]) =>
  history(documentDecider, `document-${documentId}`, steps);

export const decision = (targets: { kind: 'company' | 'principal'; amountYuan: number }[]): Step<PenaltyCommand> => [
  wang,
  {
    type: 'DecidePenalty',
    data: {
      penaltyId: 'p1',
      mineId: MINE.mineId,
      document: {
        documentId: 'd9',
        kind: 'penalty_decision',
        docNo: '罚〔2024〕7号',
        mineId: MINE.mineId,
        inForce: true,
      },
      hazardIds: [],
      hazards: [],
      signature: { ...signature(wang), meaning: '行政处罚决定签署 / penalty decided' },
      targets: targets.map((t, i) => ({
        targetId: `t${i + 1}`,
        name: `对象${i + 1}`,
        legalBasis: '安全生产法第一百零一条',
        ...t,
      })),
    },
  },
];
export const payment = (targetId: string, amountYuan: number): Step<PenaltyCommand> => [
  zhang,
  { type: 'RecordPenaltyPayment', data: { penaltyId: 'p1', targetId, amountYuan, paidAt: day(0), receiptNo: 'R1' } },
];
export const penaltyHistory = (...steps: Step<PenaltyCommand>[]) => history(penaltyDecider, 'penalty-p1', steps);

/** Given the delivered events, then the model's rows: the latest, and every system-time version. */
export const givenRows = <S, Row>(
  model: EntityModel<S, Row>,
  id: string,
  events: ReturnType<typeof documentHistory>,
) => {
  const step = advanceEntity(model, { id, state: undefined, revision: '-1' }, events, () => MINE);
  return { latest: step.system.at(-1)?.row, versions: step.system.map((v) => v.row) };
};
