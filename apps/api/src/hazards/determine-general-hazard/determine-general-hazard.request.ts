import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
import { ClauseIdProperty, IsText, LIMITS } from '../shared/hazard-dto';

/** Citing a clause (every clause is a major-hazard criterion) while grading general needs a justification. */
export class DetermineGeneralHazardRequest {
  @IsOptional()
  @ClauseIdProperty(false)
  clauseId?: string;

  @ApiPropertyOptional({
    example: '仅局部支护松动，未达到判定标准所述情形 / only local loosening, short of the clause',
    maxLength: LIMITS.reason,
  })
  @IsOptional()
  @IsText(LIMITS.reason)
  justification?: string;
}
