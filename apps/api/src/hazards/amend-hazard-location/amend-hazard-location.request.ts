import { ApiProperty } from '@nestjs/swagger';
import { IsText, LIMITS, ReasonDto } from '../shared/hazard-dto';

export class AmendHazardLocationRequest extends ReasonDto {
  @ApiProperty({ example: '-120m 中段 4# 采场', maxLength: LIMITS.location })
  @IsText(LIMITS.location)
  next!: string;
}
