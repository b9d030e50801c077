import { codedError, detailsInvalidError, invalidTransitionError, recordMissingError } from '../shared/error-kinds';
import { ExamCampaignCommandType } from './exam-campaign.commands';
import { ExamItemStatus } from './exam-campaign.state';

const STATUS_ZH: Record<ExamItemStatus | 'launched', string> = {
  launched: '已启动',
  open: '待精查',
  finding_recorded: '发现问题待整改',
  rectified: '已整改待销项',
  closed: '已销项',
};

export class InvalidExamItemTransition extends invalidTransitionError<
  ExamItemStatus | 'launched',
  ExamCampaignCommandType,
  'InvalidExamItemTransition'
>('InvalidExamItemTransition', { zh: '精查事项', en: 'exam item' }, STATUS_ZH) {}

export class ExamCampaignNotLaunched extends recordMissingError<ExamCampaignCommandType, 'ExamCampaignNotLaunched'>(
  'ExamCampaignNotLaunched',
  '体检式精查未启动',
  'a launched exam campaign',
) {}

export class ExamCampaignDetailsInvalid extends detailsInvalidError('ExamCampaignDetailsInvalid') {}

export class ExamItemNotFound extends codedError('ExamItemNotFound', 'not-found') {
  constructor(readonly itemId: string) {
    super(`精查事项 ${itemId} 不存在`, `Exam item ${itemId} is not in this campaign`);
  }
}

/** A finding's hazard must be one of the campaign's mine (it does not exist, or it is another mine's). */
export class ExamFindingHazardNotOfMine extends codedError('ExamFindingHazardNotOfMine', 'invalid') {
  constructor(
    readonly hazardId: string,
    readonly mineId: string,
  ) {
    super(
      `隐患 ${hazardId} 不存在或不属于矿山 ${mineId}`,
      `Hazard ${hazardId} does not exist or is not of mine ${mineId}`,
    );
  }
}
