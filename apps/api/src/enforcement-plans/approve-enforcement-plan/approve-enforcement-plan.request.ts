import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsString, Length } from 'class-validator';
import { PLAN_DECISIONS, PlanDecision } from '@hazard-ledger/domain';

export class ApproveEnforcementPlanRequest {
  @ApiProperty({ enum: PLAN_DECISIONS, example: 'approved', description: '审批 approved / 备案 filed' })
  @IsIn(PLAN_DECISIONS)
  decision!: PlanDecision;

  @ApiProperty({ example: '上应急发〔2025〕3号', description: '审批或备案文号 / decision number' })
  @IsString()
  @Length(1, 64)
  decisionNo!: string;
}
