import { advanceEntity, MineInfo } from '@hazard-ledger/projection-engine';
import { recordedAs } from '@hazard-ledger/testing';
import { hotWorkPermitRegisterModel } from './hot-work-permit-register.model';

const mine: MineInfo = {
  mineId: 'mine-1',
  name: '示范铁矿',
  jurisdiction: '140404',
  siteType: 'underground',
  riskGrade: null,
};
const staff = { id: 'u-staff', name: '王安全', role: 'enterprise_staff' };
const director = { id: 'u-sd', name: '赵安全', role: 'enterprise_safety_director' };
const requested = {
  type: 'HotWorkPermitRequested',
  data: {
    permitId: 'p1',
    mineId: 'mine-1',
    location: '主井井口',
    underground: true,
    work: '切割',
    windowStart: '2024-03-10T08:00:00.000Z',
    windowEnd: '2024-03-10T16:00:00.000Z',
    precautions: ['灭火器'],
    contractorId: 'c-1',
    requestedBy: staff,
    requestedAt: '2024-03-10T07:00:00.000Z',
    policyVersion: 'hot-work@2024.1',
  },
};
const approved = {
  type: 'HotWorkPermitApproved',
  data: { permitId: 'p1', approvedBy: director, precautions: ['灭火器', '监护'], approvedAt: 'a' },
};
const started = {
  type: 'HotWorkStarted',
  data: { permitId: 'p1', startedBy: staff, startedAt: '2024-03-10T08:30:00.000Z' },
};
const finished = {
  type: 'HotWorkFinished',
  data: { permitId: 'p1', finishedBy: staff, finishedAt: '2024-03-10T12:00:00.000Z', note: '完工' },
};
const given = (events: { type: string; data: object }[]) =>
  advanceEntity(
    hotWorkPermitRegisterModel,
    { id: 'p1', state: undefined, revision: '-1' },
    events.map((e, i) => recordedAs('hot-work-permit-p1', i, e, { recordedAt: `2024-03-10T0${7 + i}:00:00.000000Z` })),
    () => mine,
  ).system.at(-1)?.row;

describe('动火作业票台账 (hot-work permit register)', () => {
  it('given a request, then it is listed requested with its mine, window and contractor', () =>
    expect(given([requested])).toMatchObject({
      status: 'requested',
      jurisdiction: '140404',
      contractorId: 'c-1',
      approvedBy: null,
    }));

  it('given approval, start and finish, then who approved with which precautions and when it ran are shown', () =>
    expect(given([requested, approved, started, finished])).toMatchObject({
      status: 'finished',
      approvedBy: director,
      approvedPrecautions: ['灭火器', '监护'],
      startedAt: '2024-03-10T08:30:00.000Z',
      finishNote: '完工',
    }));
});
