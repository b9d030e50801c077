import { ApiProperty } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { ReasonDto } from '../shared/mine-dto';

export class ChangeMineRiskGradeRequest extends ReasonDto {
  @ApiProperty({ enum: ['A', 'B', 'C', 'D'], example: 'B' })
  @IsIn(['A', 'B', 'C', 'D'])
  grade!: 'A' | 'B' | 'C' | 'D';
}
