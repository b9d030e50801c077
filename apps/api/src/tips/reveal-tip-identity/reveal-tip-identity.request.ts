import { ApiProperty } from '@nestjs/swagger';
import { IsText, LIMITS } from '../../hazards/shared/hazard-dto';

export class RevealTipIdentityRequest {
  @ApiProperty({
    example: '核实举报人是否遭受打击报复',
    maxLength: LIMITS.reason,
    description: '查看理由（记入事件）/ why (recorded)',
  })
  @IsText(LIMITS.reason)
  reason!: string;
}
