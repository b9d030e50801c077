import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';

export class ResumeMineProductionRequest {
  @ApiProperty({ example: '(上党)应急复〔2024〕5号', description: '复产批准文书编号 / approval number' })
  @IsString()
  @Length(1, 64)
  approvalNo!: string;
}
