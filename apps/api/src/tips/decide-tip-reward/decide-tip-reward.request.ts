import { ApiProperty } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { REWARD_LEVELS, RewardLevel } from '@hazard-ledger/domain';

export class DecideTipRewardRequest {
  @ApiProperty({ enum: REWARD_LEVELS, description: '一级 / 二级举报 / first or second level' })
  @IsIn(REWARD_LEVELS)
  level!: RewardLevel;
}
