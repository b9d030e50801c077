import { Decider } from '../shared/decider';
import { ExamCampaignCommand } from './exam-campaign.commands';
import { decideExamCampaign } from './exam-campaign.decide';
import { ExamCampaignEvent } from './exam-campaign.events';
import { ExamCampaign, evolveExamCampaign, initialExamCampaignState } from './exam-campaign.state';

export const examCampaignDecider: Decider<ExamCampaignCommand, ExamCampaignEvent, ExamCampaign> = {
  decide: decideExamCampaign,
  evolve: evolveExamCampaign,
  initialState: initialExamCampaignState,
};
