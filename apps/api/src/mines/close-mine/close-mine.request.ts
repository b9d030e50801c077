import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';
import { ReasonDto } from '../shared/mine-dto';

export class CloseMineRequest extends ReasonDto {
  @ApiProperty({ example: '上党政〔2024〕12号', description: '关闭决定文书编号 / decision number' })
  @IsString()
  @Length(1, 64)
  decisionNo!: string;
}
