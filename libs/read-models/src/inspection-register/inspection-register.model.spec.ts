import * as fx from '@hazard-ledger/domain/fixtures/inspection';
import { advanceEntity, MineInfo } from '@hazard-ledger/projection-engine';
import { recordedAs } from '@hazard-ledger/testing';
import { inspectionRegisterModel } from './inspection-register.model';

const mine: MineInfo = {
  mineId: fx.MINE_ID,
  name: '示范铁矿',
  jurisdiction: '140404',
  siteType: 'underground',
  riskGrade: null,
};
const delivered = (events: { type: string; data: object }[]) =>
  events.map((e, i) =>
    recordedAs(`inspection-${fx.INSPECTION_ID}`, i, e, {
      recordedAt: `2024-03-${String(10 + i).padStart(2, '0')}T09:00:00.000000Z`,
    }),
  );
const given = (events: { type: string; data: object }[]) => {
  const step = advanceEntity(
    inspectionRegisterModel,
    { id: fx.INSPECTION_ID, state: undefined, revision: '-1' },
    delivered(events),
    () => mine,
  );
  return { step, row: step.system.at(-1)?.row };
};
const { actors } = fx;

describe('检查台账 (inspection register)', () => {
  it('given a recorded inspection, then it is listed with its mine, kind and team, flagged unsigned', () =>
    expect(given(fx.history.inProgress).row).toMatchObject({
      file: expect.objectContaining({
        mineName: '示范铁矿',
        jurisdiction: '140404',
        kind: 'unannounced',
        team: fx.TEAM,
      }),
      unsignedMembers: fx.TEAM.map((m) => m.userId),
    }));

  it('given one of three signatures, then it stays flagged and names the two still to sign', () =>
    expect(given(fx.history.partlySigned).row).toMatchObject({
      file: expect.objectContaining({ completedAt: null }),
      unsignedMembers: [actors.inspectorA.id, actors.inspectorB.id],
    }));

  it('given every member signed, then it is complete and nobody is missing', () =>
    expect(given(fx.history.completed).row).toMatchObject({
      file: expect.objectContaining({ completedAt: fx.NOW }),
      unsignedMembers: [],
    }));

  it('given a signature voided by a changed result, then the signature is kept as voided and the signer is missing again', () => {
    const { row } = given([...fx.history.partlySigned, fx.resultRecorded([actors.leader.id])]);
    expect(row?.file.signatures).toEqual([
      expect.objectContaining({ signerId: actors.leader.id, voidedAt: '2024-03-13T09:00:00.000000Z' }),
    ]);
    expect(row?.unsignedMembers).toContain(actors.leader.id);
  });

  it('given a finding, then the clause shows the hazard it created', () => {
    const finding = {
      type: 'InspectionFindingRecorded',
      data: {
        inspectionId: fx.INSPECTION_ID,
        clauseId: 'MHS2022-UG-20',
        hazardId: 'hazard-9',
        catalogueVersion: 'v',
        recordedAt: fx.NOW,
        voidedSignatures: [],
      },
    };
    expect(given([fx.recorded, finding]).row?.file.clauses).toEqual([
      { clauseId: 'MHS2022-UG-20', result: 'finding', note: null, hazardId: 'hazard-9' },
    ]);
  });

  it('given a late entry, then the lateness and its reason are shown', () => {
    const late = { ...fx.recorded, data: { ...fx.recorded.data, late: true, lateReason: '终端离线' } };
    expect(given([late]).row?.file).toMatchObject({ late: true, lateReason: '终端离线' });
  });

  it('given events of another kind of stream, then the model ignores them', () =>
    expect(
      inspectionRegisterModel.entityOf(recordedAs('hazard-1', 0, fx.recorded, { recordedAt: fx.NOW })),
    ).toBeUndefined());
});
