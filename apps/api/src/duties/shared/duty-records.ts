import {
  contractorDecider,
  enterpriseFileDecider,
  examCampaignDecider,
  hiddenFactorDecider,
  streams,
} from '@hazard-ledger/domain';

/** Each issue-14 record's stream, decider and name in a 404 (zh / en), by the record's id (a mine's id for the file). */
export const DUTY_RECORDS = {
  contractor: (id: string) => ({
    id,
    streamId: streams.contractor(id),
    decider: contractorDecider,
    record: ['外包单位', 'Contractor'] as [string, string],
  }),
  hiddenFactor: (id: string) => ({
    id,
    streamId: streams.hiddenFactor(id),
    decider: hiddenFactorDecider,
    record: ['隐蔽致灾因素', 'Hidden factor'] as [string, string],
  }),
  examCampaign: (id: string) => ({
    id,
    streamId: streams.examCampaign(id),
    decider: examCampaignDecider,
    record: ['体检式精查', 'Exam campaign'] as [string, string],
  }),
  enterpriseFile: (mineId: string) => ({
    id: mineId,
    streamId: streams.enterpriseFile(mineId),
    decider: enterpriseFileDecider,
    record: ['矿山档案', 'Enterprise file'] as [string, string],
  }),
};

/** The mine of a record state that has one (any status but the initial one), else undefined (then 404). */
export const mineOfRecord = (state: { mineId?: string | null; status?: string }): string | undefined =>
  state.mineId ?? undefined;
