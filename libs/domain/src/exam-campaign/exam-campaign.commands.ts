import { Command } from '../shared/command';

type On<Data = unknown> = { campaignId: string } & Data;

/** One item of a mine's 体检式精查: what is examined, who answers for it, by when (deadlines are data). */
export interface ExamItemInput {
  itemId: string;
  item: string;
  /** 责任人 at the mine. */
  owner: string;
  /** Last day (YYYY-MM-DD, China Standard Time). */
  deadline: string;
}

export type LaunchExamCampaign = Command<
  'LaunchExamCampaign',
  On<{ mineId: string; title: string; items: ExamItemInput[]; policyVersion: string }>
>;

/** What the handler read of a hazard a finding names, from the hazard's own stream (null: no such hazard). */
export interface NamedHazard {
  mineId: string;
}

export type RecordExamFinding = Command<
  'RecordExamFinding',
  On<{ itemId: string; finding: string; hazardId?: string | null; hazard?: NamedHazard | null }>
>;

export type RecordExamRectification = Command<'RecordExamRectification', On<{ itemId: string; rectification: string }>>;

export type CloseExamItem = Command<'CloseExamItem', On<{ itemId: string; note: string }>>;

export type ExamCampaignCommand = LaunchExamCampaign | RecordExamFinding | RecordExamRectification | CloseExamItem;
export type ExamCampaignCommandType = ExamCampaignCommand['type'];
