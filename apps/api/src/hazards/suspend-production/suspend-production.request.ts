import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, ValidateIf } from 'class-validator';
import { SuspensionScope } from '@hazard-ledger/domain';
import { IsText, LIMITS } from '../shared/hazard-dto';

export class SuspendProductionRequest {
  @ApiProperty({ enum: ['full', 'partial'], example: 'full' })
  @IsIn(['full', 'partial'])
  scope!: SuspensionScope;

  @ApiPropertyOptional({ example: '-120m 中段 3# 采场', description: "required when scope is 'partial'" })
  @ValidateIf((r: SuspendProductionRequest) => r.scope === 'partial' || r.area !== undefined)
  @IsText(LIMITS.location)
  area?: string;

  @ApiProperty({ example: '上应急停〔2024〕1号', maxLength: LIMITS.name })
  @IsText(LIMITS.name)
  orderNo!: string;
}
