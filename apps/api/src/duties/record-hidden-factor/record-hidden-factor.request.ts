import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsObject, ValidateNested } from 'class-validator';
import { DISCOVERY_METHODS, HIDDEN_FACTOR_KINDS } from '@hazard-ledger/domain';
import { IsRecordId, IsText, LIMITS } from '../../hazards/shared/hazard-dto';
import { IsDay, Measure } from '../shared/duty-dto';

export class FactorSizeRequest {
  @Measure() areaM2?: number;
  @Measure() volumeM3?: number;
  @Measure() heightM?: number;
  @Measure() spanM?: number;
}

/** 隐蔽致灾因素: one factor of the census. */
export class RecordHiddenFactorRequest {
  @ApiProperty({ example: 'mine-demo-1' }) @IsRecordId() mineId!: string;
  @ApiProperty({ enum: HIDDEN_FACTOR_KINDS }) @IsIn(HIDDEN_FACTOR_KINDS) kind!: string;
  @ApiProperty({ example: '-120m 中段 3# 采场下盘' }) @IsText(LIMITS.location) location!: string;

  @ApiProperty({ type: FactorSizeRequest })
  @IsObject()
  @ValidateNested()
  @Type(() => FactorSizeRequest)
  size!: FactorSizeRequest;

  @ApiProperty({ enum: DISCOVERY_METHODS }) @IsIn(DISCOVERY_METHODS) method!: string;
  @ApiProperty({ example: 'CK-2024-03 采掘工程平面图 B4' }) @IsText(LIMITS.location) mapRef!: string;
  @ApiProperty({ example: '2024-03-01' }) @IsDay() foundOn!: string;
}
