import { ApiProperty } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { SHRED_GROUNDS, ShredGround } from '@hazard-ledger/domain';
import { IsText, LIMITS } from '../../hazards/shared/hazard-dto';

export class ShredTipIdentityRequest {
  @ApiProperty({ enum: SHRED_GROUNDS, description: '保存期满 / 依法申请 / retention ended or a lawful request' })
  @IsIn(SHRED_GROUNDS)
  ground!: ShredGround;

  @ApiProperty({ example: '举报人依法申请删除', maxLength: LIMITS.reason })
  @IsText(LIMITS.reason)
  reason!: string;
}
