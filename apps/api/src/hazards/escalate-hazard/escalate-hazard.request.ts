import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, ValidateNested } from 'class-validator';
import { EscalationTarget } from '@hazard-ledger/domain';
import { IsText, LIMITS, PasswordDto } from '../shared/hazard-dto';

export class EscalationTargetDto {
  @ApiProperty({ enum: ['enterprise', 'person'], example: 'enterprise' })
  @IsIn(['enterprise', 'person'])
  kind!: EscalationTarget['kind'];

  @ApiProperty({ example: '长治市上党区示范矿业有限公司', maxLength: LIMITS.name })
  @IsText(LIMITS.name)
  name!: string;
}

/** 一案双罚: the enterprise and the responsible persons are named as separate targets. */
export class EscalateHazardRequest extends PasswordDto {
  @ApiProperty({ example: '上应急立〔2024〕12号', maxLength: LIMITS.name })
  @IsText(LIMITS.name)
  caseNo!: string;

  @ApiProperty({ type: [EscalationTargetDto], minItems: 1, maxItems: 20 })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => EscalationTargetDto)
  targets!: EscalationTargetDto[];
}
