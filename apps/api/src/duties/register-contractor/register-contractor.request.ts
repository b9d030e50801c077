import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsObject, IsOptional, ValidateNested } from 'class-validator';
import { IsRecordId, IsText, LIMITS } from '../../hazards/shared/hazard-dto';
import { IsDay } from '../shared/duty-dto';

export class QualificationRequest {
  @ApiProperty({ example: '(晋)JZ安许证字[2023]000123' }) @IsText(LIMITS.name) certificateNo!: string;
  @ApiProperty({ example: '矿山工程施工总承包二级' }) @IsText(LIMITS.name) level!: string;
  @ApiProperty({ example: '2026-05-31' }) @IsDay() validUntil!: string;
}

/** 外包单位登记: qualification, contract period, work scope. */
export class RegisterContractorRequest {
  @ApiProperty({ example: 'mine-demo-1' }) @IsRecordId() mineId!: string;
  @ApiProperty({ example: '晋东井巷工程有限公司' }) @IsText(LIMITS.location) name!: string;

  @ApiProperty({ type: QualificationRequest })
  @IsObject()
  @ValidateNested()
  @Type(() => QualificationRequest)
  qualification!: QualificationRequest;

  @ApiProperty({ example: '2024-01-01' }) @IsDay() contractFrom!: string;
  @ApiProperty({ example: '2024-12-31' }) @IsDay() contractTo!: string;

  @ApiProperty({ example: ['掘进', '支护'], type: [String] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(LIMITS.list)
  @IsText(LIMITS.location, { each: true })
  workScope!: string[];

  @ApiPropertyOptional({ description: '若为其他外包单位的分包队伍，填该单位编号（将被拒绝：不得转包、再分包）' })
  @IsOptional()
  @IsRecordId()
  subcontractorOf?: string;
}
