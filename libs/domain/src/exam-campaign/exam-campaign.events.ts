import { DomainEvent } from '../shared/command';
import { ExamItemInput } from './exam-campaign.commands';

type On<Data> = { campaignId: string } & Data;
type By = { by: string; at: string };

export type ExamCampaignLaunched = DomainEvent<
  'ExamCampaignLaunched',
  On<{ mineId: string; title: string; items: ExamItemInput[]; policyVersion: string } & By>
>;
export type ExamItemFindingRecorded = DomainEvent<
  'ExamItemFindingRecorded',
  On<{ itemId: string; finding: string; hazardId: string | null } & By>
>;
export type ExamItemRectified = DomainEvent<'ExamItemRectified', On<{ itemId: string; rectification: string } & By>>;
export type ExamItemClosed = DomainEvent<'ExamItemClosed', On<{ itemId: string; note: string } & By>>;

export type ExamCampaignEvent = ExamCampaignLaunched | ExamItemFindingRecorded | ExamItemRectified | ExamItemClosed;
