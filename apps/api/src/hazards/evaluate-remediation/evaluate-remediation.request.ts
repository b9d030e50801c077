import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { Matches, ValidateNested } from 'class-validator';
import { ConclusionDto, HEX_DIGEST, IsText, LIMITS } from '../shared/hazard-dto';

export class EvaluatorDto {
  @ApiProperty({ example: '山西示范安全评价有限公司', maxLength: LIMITS.name })
  @IsText(LIMITS.name)
  name!: string;

  @ApiProperty({ example: 'APJ-(晋)-001', maxLength: LIMITS.name })
  @IsText(LIMITS.name)
  qualification!: string;
}

/** 16号令 Art. 18: the evaluation report itself stays with the enterprise; the record keeps its digest. */
export class EvaluateRemediationRequest extends ConclusionDto {
  @ApiProperty({ type: EvaluatorDto })
  @ValidateNested()
  @Type(() => EvaluatorDto)
  evaluator!: EvaluatorDto;

  @ApiProperty({
    example: '9f2c4e6a8b0d1f3e5a7c9b1d3f5e7a9c0b2d4f6e8a0c2e4b6d8f0a2c4e6b8d0f',
    pattern: '^[0-9a-f]{64}$',
  })
  @Matches(HEX_DIGEST, { message: 'reportHash 须为 64 位小写十六进制 / reportHash must be 64 lowercase hex digits' })
  reportHash!: string;
}
