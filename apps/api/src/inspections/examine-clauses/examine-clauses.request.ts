import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsString, MaxLength, ValidateNested } from 'class-validator';
import { ClauseIdProperty, LIMITS } from '../../hazards/shared/hazard-dto';

export class ExaminedClauseRequest {
  @ClauseIdProperty(true)
  clauseId!: string;

  @ApiProperty({ example: '两个安全出口畅通，标识清晰', maxLength: LIMITS.description })
  @IsString()
  @MaxLength(LIMITS.description)
  note!: string;
}

/** Clauses examined with no finding; a clause with a finding goes through POST /inspections/:id/findings. */
export class ExamineClausesRequest {
  @ApiProperty({ type: [ExaminedClauseRequest], minItems: 1, maxItems: LIMITS.list })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(LIMITS.list)
  @ValidateNested({ each: true })
  @Type(() => ExaminedClauseRequest)
  clauses!: ExaminedClauseRequest[];
}
