import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { Grade } from '@hazard-ledger/domain';
import { ClauseIdProperty, ReasonDto } from '../shared/hazard-dto';

/** Upgrading needs the clause it now meets; only a supervising leader downgrades. */
export class ChangeHazardGradeRequest extends ReasonDto {
  @ApiProperty({ enum: ['major', 'general'], example: 'major' })
  @IsIn(['major', 'general'])
  to!: Grade;

  @IsOptional()
  @ClauseIdProperty(false)
  clauseId?: string;
}
