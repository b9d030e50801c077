import { ApiProperty } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { TIP_FINDINGS, TipFinding } from '@hazard-ledger/domain';
import { IsRecordId, IsText, LIMITS } from '../../hazards/shared/hazard-dto';

export class VerifyTipRequest {
  @ApiProperty({
    example: '6f1c2a4e-8d0b-4c55-9a57-3e1f0c9d2b11',
    description: '核查所做的检查 / the inspection that checked it',
  })
  @IsRecordId()
  inspectionId!: string;

  @ApiProperty({ enum: TIP_FINDINGS, description: '属实 / 部分属实 / 不属实' })
  @IsIn(TIP_FINDINGS)
  finding!: TipFinding;

  @ApiProperty({ example: '现场核实：另一安全出口堵塞', maxLength: LIMITS.description })
  @IsText(LIMITS.description)
  summary!: string;
}
