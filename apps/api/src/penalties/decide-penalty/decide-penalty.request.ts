import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsNumber, Max, Min, ValidateNested } from 'class-validator';
import { PenaltyTargetKind } from '@hazard-ledger/domain';
import { IsRecordId, IsText, LIMITS, PasswordField } from '../../hazards/shared/hazard-dto';

const TARGET_KINDS = ['company', 'principal', 'responsible_person'] as const;

export class PenaltyTargetDto {
  @ApiProperty({ example: 't1', description: '本决定内的对象编号 / id of the target within this decision' })
  @IsRecordId()
  targetId!: string;

  @ApiProperty({ enum: TARGET_KINDS, example: 'company', description: '单位 / 主要负责人 / 其他责任人员' })
  @IsIn(TARGET_KINDS)
  kind!: PenaltyTargetKind;

  @ApiProperty({ example: '上党区某铁矿有限公司', maxLength: LIMITS.name })
  @IsText(LIMITS.name)
  name!: string;

  @ApiProperty({ example: 150000, description: '罚款金额（元）/ amount in yuan' })
  @IsNumber({ allowNaN: false, allowInfinity: false, maxDecimalPlaces: 2 })
  @Min(0.01)
  @Max(100_000_000)
  amountYuan!: number;

  @ApiProperty({ example: '安全生产法第一百零一条', maxLength: LIMITS.name, description: '法律依据 / legal basis' })
  @IsText(LIMITS.name)
  legalBasis!: string;
}

export class DecidePenaltyRequest {
  @ApiProperty({ example: 'mine-demo-1' })
  @IsRecordId()
  mineId!: string;

  @ApiProperty({ example: 'doc-…', description: '行政处罚决定书 / the penalty decision document' })
  @IsRecordId()
  documentId!: string;

  @ApiProperty({ type: [String], example: [] })
  @IsArray()
  @ArrayMaxSize(LIMITS.list)
  @IsRecordId({ each: true })
  hazardIds!: string[];

  @ApiProperty({ type: [PenaltyTargetDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => PenaltyTargetDto)
  targets!: PenaltyTargetDto[];

  /** 谁处罚、谁签名: the decider re-enters their password; the decision is signed with meaning penalty_decided. */
  @PasswordField()
  password!: string;
}
