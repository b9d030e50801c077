import { advanceEntity, MineInfo } from '@hazard-ledger/projection-engine';
import { recordedAs } from '@hazard-ledger/testing';
import { monthlyCheckRegisterModel } from './monthly-check-register.model';

const mine: MineInfo = {
  mineId: 'mine-1',
  name: '示范铁矿',
  jurisdiction: '140404',
  siteType: 'underground',
  riskGrade: null,
};
const CHECK = 'mine-1.2024-04';
const recorded = {
  type: 'MonthlyCheckRecorded',
  data: {
    checkId: CHECK,
    mineId: 'mine-1',
    month: '2024-04',
    performedAt: '2024-05-03T02:00:00.000Z',
    recordedAt: '2024-05-03T09:00:00.000Z',
    leader: { id: 'u-sd', name: '赵安全', role: 'enterprise_safety_director' },
    ledByPrincipal: false,
    participants: [{ name: '刘工', position: '总工程师' }],
    areas: ['-120m 中段'],
    clauses: ['MHS2022-UG-01'],
    catalogueVersion: 'v',
    deadline: '2024-04-30T16:00:00.000Z',
    late: true,
    policyVersion: 'monthly-check@2024.1',
  },
};
const linked = { type: 'MonthlyCheckHazardLinked', data: { checkId: CHECK, hazardId: 'h-1', linkedAt: 'x' } };
const signed = {
  type: 'MonthlyCheckSigned',
  data: {
    checkId: CHECK,
    result: 'hazards_found',
    summary: '发现 1 项',
    hazardIds: ['h-1'],
    signature: {
      signerId: 'u-p',
      printedName: '王建国',
      role: 'enterprise_principal',
      meaning: 'm',
      signedAt: 's',
      contentHash: 'c',
    },
    signedAt: '2024-05-04T09:00:00.000Z',
  },
};
const given = (events: { type: string; data: object }[]) =>
  advanceEntity(
    monthlyCheckRegisterModel,
    { id: CHECK, state: undefined, revision: '-1' },
    events.map((e, i) =>
      recordedAs(`monthly-check-${CHECK}`, i, e, { recordedAt: `2024-05-0${3 + i}T09:00:00.000000Z` }),
    ),
    () => mine,
  ).system.at(-1)?.row;

describe('月度排查台账 (monthly-check register)', () => {
  it('given a late check led by the safety director, then it is listed late, not led by the principal, unsigned', () =>
    expect(given([recorded])).toMatchObject({
      mineName: '示范铁矿',
      jurisdiction: '140404',
      late: true,
      ledByPrincipal: false,
      result: null,
      signedAt: null,
    }));

  it('given a linked hazard and the principal’s signature, then the result, the hazard and the signer are shown', () =>
    expect(given([recorded, linked, signed])).toMatchObject({
      hazardIds: ['h-1'],
      result: 'hazards_found',
      signedBy: { id: 'u-p', name: '王建国' },
      signedAt: '2024-05-04T09:00:00.000Z',
    }));

  it('given events of another kind of stream, then the model ignores them', () =>
    expect(
      monthlyCheckRegisterModel.entityOf(recordedAs('hazard-1', 0, recorded, { recordedAt: 'x' })),
    ).toBeUndefined());
});
