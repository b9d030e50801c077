import { AccessRule } from '../shared/access';
import { ENTERPRISE_ROLES, REGULATOR_ROLES } from '../shared/actor';
import { ExamCampaignCommandType } from './exam-campaign.commands';

/**
 * 体检式精查 is the regulator's campaign (notice (十五); no national text, domain.md §5.4 [X]): inspectors and
 * supervising leaders in the mine's jurisdiction launch it, record findings and close items; the mine records its
 * rectification (对精查发现的问题要全部整改完成).
 */
export const examCampaignCommandAccess: Readonly<Record<ExamCampaignCommandType, AccessRule>> = Object.freeze({
  LaunchExamCampaign: { roles: REGULATOR_ROLES },
  RecordExamFinding: { roles: REGULATOR_ROLES },
  RecordExamRectification: { roles: ENTERPRISE_ROLES },
  CloseExamItem: { roles: REGULATOR_ROLES },
});
