import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsString, Length, ValidateIf } from 'class-validator';
import { ReasonDto } from '../shared/mine-dto';

export class SuspendMineProductionRequest extends ReasonDto {
  @ApiProperty({ example: '(上党)应急停〔2024〕3号', description: '停产指令文书编号 / order number' })
  @IsString()
  @Length(1, 64)
  orderNo!: string;

  @ApiProperty({ enum: ['full', 'partial'], example: 'full' })
  @IsIn(['full', 'partial'])
  extent!: 'full' | 'partial';

  @ApiPropertyOptional({ example: '-220m 中段', description: "required when extent is 'partial'" })
  @ValidateIf((r: SuspendMineProductionRequest) => r.extent === 'partial' || r.area !== undefined)
  @IsString()
  @Length(1, 100)
  area?: string;
}
