import { ApiProperty } from '@nestjs/swagger';
import { IsBoolean, IsIn } from 'class-validator';
import { DISCOVERY_METHODS } from '@hazard-ledger/domain';
import { IsText, LIMITS } from '../../hazards/shared/hazard-dto';

export class CrossValidateHiddenFactorRequest {
  @ApiProperty({ enum: DISCOVERY_METHODS }) @IsIn(DISCOVERY_METHODS) method!: string;
  @ApiProperty({ example: true }) @IsBoolean() confirmed!: boolean;
  @ApiProperty({ example: 'ZK-7 钻孔见空' }) @IsText(LIMITS.description) note!: string;
}
