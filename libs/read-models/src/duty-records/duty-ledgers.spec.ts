import { advanceEntity, MineInfo } from '@hazard-ledger/projection-engine';
import { recordedAs } from '@hazard-ledger/testing';
import { ContractorDoc, ExamCampaignDoc } from './duty-docs';
import { contractorRegisterModel, enterpriseFileRegisterModel } from './duty-records.models';
import { contractorLedger, examItemLedger, expiringCertificates } from './duty-ledgers';
import { EnterpriseFileDoc } from './enterprise-file-doc';

const mine: MineInfo = {
  mineId: 'mine-1',
  name: '示范铁矿',
  jurisdiction: '140404',
  siteType: 'underground',
  riskGrade: null,
};
const fold = <D>(
  model: typeof contractorRegisterModel | typeof enterpriseFileRegisterModel,
  stream: string,
  events: { type: string; data: object }[],
) =>
  advanceEntity(
    model as never,
    { id: stream.split('-').slice(-1)[0], state: undefined, revision: '-1' },
    events.map((e, i) => recordedAs(stream, i, e, { recordedAt: `2024-03-1${i}T09:00:00.000000Z` })),
    () => mine,
  ).system.at(-1)?.row as { doc: D } | undefined;

const registered = {
  type: 'ContractorRegistered',
  data: {
    ...{ contractorId: 'contractor-1', mineId: 'mine-1', name: '晋东井巷', workScope: ['掘进'], policyVersion: 'p' },
    qualification: { certificateNo: 'Z-1', level: '二级', validUntil: '2026-05-31' },
    ...{
      contractFrom: '2024-01-01',
      contractTo: '2024-12-31',
      registeredBy: 'u',
      registeredAt: '2024-01-01T00:00:00Z',
    },
  },
};
const assessed = (month: string) => ({
  type: 'ContractorAssessed',
  data: {
    contractorId: 'contractor-1',
    month,
    score: 86,
    findings: '良好',
    assessedBy: 'u',
    assessedAt: '2024-03-01T00:00:00Z',
  },
});

describe('外包单位台账 (contractor register)', () => {
  const doc = fold<ContractorDoc>(contractorRegisterModel, 'contractor-contractor-1', [
    registered,
    assessed('2024-02'),
  ])!.doc;

  it('keeps the mine’s name and jurisdiction, the contract and every change with who and when', () => {
    expect(doc).toMatchObject({ mineName: '示范铁矿', jurisdiction: '140404', contractFrom: '2024-01-01' });
    expect(doc.changes.map((c) => c.type)).toEqual(['ContractorRegistered', 'ContractorAssessed']);
  });

  it.each([
    ['2024-02-10T00:00:00Z', ['2024-01']],
    ['2024-04-15T00:00:00Z', ['2024-01', '2024-03']],
    ['2023-12-01T00:00:00Z', []],
  ])('as of %s, the months before that month without an assessment are %j', (at, missing) =>
    expect(contractorLedger([doc], at, 3)[0].missingMonths).toEqual(missing),
  );

  it('flags a mine with more active contractors than the policy allows', () => {
    const others = [1, 2, 3].map((i) => ({ ...doc, contractorId: `c-${i}` }));
    expect(contractorLedger([doc, ...others], '2024-04-15T00:00:00Z', 3)[0]).toMatchObject({
      activeAtMine: 4,
      overLimit: true,
    });
    expect(contractorLedger([doc], '2024-04-15T00:00:00Z', 3)[0]).toMatchObject({ activeAtMine: 1, overLimit: false });
  });
});

describe('体检式精查 items and the certificate board', () => {
  const campaign = {
    ...{
      campaignId: 'k',
      title: '精查',
      mineId: 'mine-1',
      mineName: null,
      jurisdiction: null,
      policyVersion: 'p',
      changes: [],
    },
    items: [
      { itemId: 'a', item: '机构', owner: '赵', deadline: '2024-06-30', status: 'open' },
      { itemId: 'b', item: '边坡', owner: '孙', deadline: '2024-06-30', status: 'closed' },
    ],
  } as unknown as ExamCampaignDoc;

  it('an item not closed is past its deadline from the next day (China Standard Time), with its owner', () => {
    expect(examItemLedger([campaign], '2024-06-30T15:00:00Z').map((i) => i.pastDeadline)).toEqual([false, false]);
    expect(examItemLedger([campaign], '2024-06-30T16:00:00Z').map((i) => [i.owner, i.pastDeadline])).toEqual([
      ['赵', true],
      ['孙', false],
    ]);
  });

  it('lists certificates expired or expiring within the window, not revoked ones, soonest first', () => {
    const stamp = { mineId: 'mine-1', by: 'u', at: '2024-03-10T00:00:00Z' };
    const cert = (certificateNo: string, validUntil: string) => ({
      type: 'EnterpriseFileCertificateRecorded',
      data: { ...stamp, certificateNo, name: '甲', operationType: '爆破', validUntil },
    });
    const file = fold<EnterpriseFileDoc>(enterpriseFileRegisterModel, 'enterprise-file-mine-1', [
      cert('old', '2024-01-31'),
      cert('soon', '2024-05-01'),
      cert('far', '2026-01-01'),
      cert('gone', '2024-02-01'),
      { type: 'EnterpriseFileCertificateRevoked', data: { ...stamp, certificateNo: 'gone', reason: '吊销' } },
    ])!.doc;
    expect(expiringCertificates([file], '2024-03-10T00:00:00Z', 90).map((r) => [r.number, r.state])).toEqual([
      ['old', 'expired'],
      ['soon', 'expiring'],
    ]);
    expect(file.changes).toHaveLength(5);
  });
});
