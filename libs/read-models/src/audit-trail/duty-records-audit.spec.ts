import { EventData, RecordedEvent } from '@hazard-ledger/domain';
import { aNewEvent } from '@hazard-ledger/testing';
import { StreamFold, auditEntry } from './audit-entry';

const by = { by: 'u-mine-safety-wang', at: '2024-05-10T09:00:00Z' };

const recorded = (streamId: string, revision: number, event: { type: string; data: unknown }): RecordedEvent => {
  const base = aNewEvent({ type: event.type, data: event.data as EventData });
  return {
    ...base,
    metadata: { ...base.metadata, reason: undefined },
    streamId,
    revision: BigInt(revision),
    position: BigInt(300 + revision),
    logPosition: { commit: BigInt(1300 + revision), prepare: BigInt(300 + revision) },
    recordedAt: `2024-05-10T09:00:0${revision}.000000Z`,
    integrity: { alg: 'sm3', prevHash: '0', hash: '1' },
  };
};

/** given the stream's history, when one more event is folded, then its entry. */
const given = (streamId: string, history: { type: string; data: unknown }[]) => ({
  when: (event: { type: string; data: unknown }) => {
    const fold = history
      .map((e, i) => recorded(streamId, i, e))
      .reduce<StreamFold | undefined>((f, e) => auditEntry(f, e).stateAfter, undefined);
    return auditEntry(fold, recorded(streamId, history.length, event)).entry!;
  },
});

describe('audit trail of the issue-14 records: before → after', () => {
  it('given a registered contractor, when its contract ends, then the entry shows status active → ended and the end day', () => {
    const registered = {
      type: 'ContractorRegistered',
      data: {
        contractorId: 'c1',
        mineId: 'mine-demo-1',
        name: '晋东井巷工程有限公司',
        qualification: { certificateNo: 'Q-1', level: '二级', validUntil: '2026-05-31' },
        contractFrom: '2024-01-01',
        contractTo: '2024-12-31',
        workScope: ['掘进'],
        registeredBy: 'u-mine-safety-wang',
        registeredAt: '2024-01-02T09:00:00Z',
        policyVersion: 'contractors@2021.1',
      },
    };
    const entry = given('contractor-c1', [registered]).when({
      type: 'ContractorContractEnded',
      data: { contractorId: 'c1', endedOn: '2024-09-30', reason: '改为自营', endedBy: 'u', recordedAt: by.at },
    });
    expect({ entityType: entry.entityType, entityId: entry.entityId, reason: entry.reason }).toEqual({
      entityType: 'contractor',
      entityId: 'c1',
      reason: '改为自营',
    });
    expect(entry.changes).toEqual([
      { path: 'endedOn', before: null, after: '2024-09-30' },
      { path: 'status', before: 'active', after: 'ended' },
    ]);
  });

  it('given a recorded hidden factor, when its treatment is recorded, then treatment untreated → in_treatment', () => {
    const entry = given('hidden-factor-f1', [
      {
        type: 'HiddenFactorRecorded',
        data: {
          ...{ factorId: 'f1', mineId: 'mine-demo-1', kind: 'goaf', location: '-120m', size: { areaM2: 300 } },
          ...{ method: 'survey', mapRef: 'B4', foundOn: '2024-03-01', ...by },
        },
      },
    ]).when({
      type: 'HiddenFactorTreatmentRecorded',
      data: { factorId: 'f1', stage: 'in_treatment', measures: '尾砂充填', ...by },
    });
    expect({ entityType: entry.entityType, entityId: entry.entityId }).toEqual({
      entityType: 'hidden-factor',
      entityId: 'f1',
    });
    expect(entry.changes).toEqual([
      { path: 'treatedBy', before: [], after: ['u-mine-safety-wang'] },
      { path: 'treatment', before: 'untreated', after: 'in_treatment' },
    ]);
  });

  it('given a launched exam campaign, when an item’s finding is recorded, then that item open → finding_recorded', () => {
    const items = [
      { itemId: 'item-1', item: '安全管理机构', owner: '赵矿长', deadline: '2024-12-31' },
      { itemId: 'item-2', item: '排水系统', owner: '钱总监', deadline: '2024-12-31' },
    ];
    const entry = given('exam-campaign-e1', [
      {
        type: 'ExamCampaignLaunched',
        data: { campaignId: 'e1', mineId: 'mine-demo-1', title: '精查', items, policyVersion: 'p', ...by },
      },
    ]).when({
      type: 'ExamItemFindingRecorded',
      data: { campaignId: 'e1', itemId: 'item-2', finding: '水泵未联动', hazardId: null, ...by },
    });
    expect({ entityType: entry.entityType, entityId: entry.entityId }).toEqual({
      entityType: 'exam-campaign',
      entityId: 'e1',
    });
    expect(entry.changes).toEqual([{ path: 'items.item-2.status', before: 'open', after: 'finding_recorded' }]);
  });

  it('given a file with an operator certificate, when it is renewed, then its validUntil before → after', () => {
    const certificate = { certificateNo: 'T1', name: '周爆破', operationType: '爆破作业', validUntil: '2024-05-31' };
    const entry = given('enterprise-file-mine-demo-1', [
      { type: 'EnterpriseFileCertificateRecorded', data: { mineId: 'mine-demo-1', ...by, ...certificate } },
    ]).when({
      type: 'EnterpriseFileCertificateRenewed',
      data: {
        mineId: 'mine-demo-1',
        ...by,
        ...certificate,
        validUntil: '2027-05-31',
        previousValidUntil: '2024-05-31',
      },
    });
    expect({ entityType: entry.entityType, entityId: entry.entityId }).toEqual({
      entityType: 'enterprise-file',
      entityId: 'mine-demo-1',
    });
    expect(entry.changes).toEqual([{ path: 'certificates.T1.validUntil', before: '2024-05-31', after: '2027-05-31' }]);
  });
});
