import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
import { ConclusionDto, IsText, LIMITS } from '../shared/hazard-dto';
import { IsDeadline } from '../shared/instant.validators';

export class ConductReinspectionRequest extends ConclusionDto {
  @ApiProperty({ example: '已按指令书整改到位', maxLength: LIMITS.description })
  @IsText(LIMITS.description)
  findings!: string;

  @ApiPropertyOptional({
    example: '2024-04-10T00:00:00.000Z',
    description: '复查不合格时必填 / required when the re-inspection failed',
  })
  @IsOptional()
  @IsDeadline()
  newDeadline?: string;
}
