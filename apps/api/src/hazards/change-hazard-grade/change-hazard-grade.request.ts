import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsOptional, ValidateNested } from 'class-validator';
import { Grade } from '@hazard-ledger/domain';
import { EvidenceDto } from '../shared/evidence.dto';
import { ClauseIdProperty, IsText, LIMITS, PasswordField, ReasonDto } from '../shared/hazard-dto';

/**
 * Upgrading needs the clause it now meets. Downgrading (重大→一般) is a leader's signed act with technical grounds
 * and evidence, by someone other than the determiner (ADR 20261207-downgrade-authority).
 */
export class ChangeHazardGradeRequest extends ReasonDto {
  @ApiProperty({ enum: ['major', 'general'], example: 'major' })
  @IsIn(['major', 'general'])
  to!: Grade;

  @IsOptional()
  @ClauseIdProperty(false)
  clauseId?: string;

  @ApiPropertyOptional({
    example: '专家组现场测定风量满足设计要求 / measured airflow meets the design',
    description: '降级的技术依据（降级时必填）/ technical grounds, required to downgrade',
    maxLength: LIMITS.reason,
  })
  @IsOptional()
  @IsText(LIMITS.reason)
  technicalGrounds?: string;

  @ApiPropertyOptional({ type: [EvidenceDto], maxItems: LIMITS.evidence, description: '降级时必填 / to downgrade' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(LIMITS.evidence)
  @ValidateNested({ each: true })
  @Type(() => EvidenceDto)
  evidence?: EvidenceDto[];

  @PasswordField(false)
  password?: string;
}
