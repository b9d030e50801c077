import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';
import { ResponsibilityDto } from '../shared/mine-dto';

export class ChangeMineResponsiblePersonsRequest extends ResponsibilityDto {
  @ApiProperty({ example: '矿长调整 / new mine manager appointed' })
  @IsString()
  @Length(2, 500)
  reason!: string;
}
