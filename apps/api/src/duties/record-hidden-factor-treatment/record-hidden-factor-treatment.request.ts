import { ApiProperty } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { TREATMENT_STAGES } from '@hazard-ledger/domain';
import { IsText, LIMITS } from '../../hazards/shared/hazard-dto';

export class RecordHiddenFactorTreatmentRequest {
  @ApiProperty({ enum: TREATMENT_STAGES }) @IsIn(TREATMENT_STAGES) stage!: string;
  @ApiProperty({ example: '尾砂充填' }) @IsText(LIMITS.description) measures!: string;
}
