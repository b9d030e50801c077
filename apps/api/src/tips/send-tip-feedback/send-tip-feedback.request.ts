import { ApiProperty } from '@nestjs/swagger';
import { IsBoolean } from 'class-validator';
import { IsText, LIMITS } from '../../hazards/shared/hazard-dto';

export class SendTipFeedbackRequest {
  @ApiProperty({ example: '属实', maxLength: LIMITS.reason, description: '核查结论 / conclusion' })
  @IsText(LIMITS.reason)
  conclusion!: string;

  @ApiProperty({
    example: '-120m 中段安全出口堵塞',
    maxLength: LIMITS.description,
    description: '简要核查情况 / brief facts',
  })
  @IsText(LIMITS.description)
  facts!: string;

  @ApiProperty({ example: '责令停产整改并罚款', maxLength: LIMITS.description, description: '处理决定 / decision' })
  @IsText(LIMITS.description)
  decision!: string;

  @ApiProperty({ example: true, description: '是否符合奖励条件 / whether a reward applies' })
  @IsBoolean()
  rewardEligible!: boolean;
}
