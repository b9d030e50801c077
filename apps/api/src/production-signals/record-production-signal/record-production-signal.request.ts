import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsBoolean, IsIn, IsNumber, IsObject, IsOptional, Max, Min, ValidateNested } from 'class-validator';
import { SIGNAL_SOURCES, SignalSource } from '@hazard-ledger/domain';
import { IsRecordId, IsText, LIMITS } from '../../hazards/shared/hazard-dto';
import { IsNotFuture } from '../../hazards/shared/instant.validators';

export class SignalPeriodDto {
  @ApiProperty({ example: '2024-03-09T00:00:00+08:00', description: '读数所覆盖时段起 / the reading covers from' })
  @IsNotFuture()
  from!: string;

  @ApiProperty({ example: '2024-03-10T00:00:00+08:00', description: '读数所覆盖时段止 / the reading covers to' })
  @IsNotFuture()
  to!: string;
}

export class RecordProductionSignalRequest {
  @ApiProperty({ example: 'mine-demo-1' })
  @IsRecordId()
  mineId!: string;

  @ApiProperty({
    enum: SIGNAL_SOURCES,
    example: 'power',
    description:
      '来源：monitoring 监测监控, power 用电, personnel_positioning 人员定位, output 产量, site_observation 现场检查, other 其他',
  })
  @IsIn(SIGNAL_SOURCES)
  source!: SignalSource;

  @ApiProperty({ example: true, description: '数据显示正在生产（true）或已停产（false）/ shows producing or stopped' })
  @IsBoolean()
  producing!: boolean;

  @ApiProperty({
    example: '2024-03-09T20:00:00+08:00',
    description: '观测时间（有效时间）/ when it was observed (valid time)',
  })
  @IsNotFuture()
  observedAt!: string;

  @ApiPropertyOptional({ type: SignalPeriodDto })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => SignalPeriodDto)
  period?: SignalPeriodDto;

  @ApiPropertyOptional({ example: 1840, description: '读数 / reading (non-negative)' })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(1e12)
  value?: number;

  @ApiPropertyOptional({ example: 'kWh', maxLength: 20, description: '单位（有读数时必填）/ unit (with a value)' })
  @IsOptional()
  @IsText(20)
  unit?: string;

  @ApiPropertyOptional({ example: '供电所抄表 2024-03-09', maxLength: LIMITS.location })
  @IsOptional()
  @IsText(LIMITS.location)
  reference?: string;

  @ApiPropertyOptional({ example: '停产期间主提升机用电如常', maxLength: 2000 })
  @IsOptional()
  @IsText(2000)
  note?: string;
}
