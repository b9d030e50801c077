import { ApiProperty } from '@nestjs/swagger';
import { IsInt, IsNumber, Max, Min } from 'class-validator';

export class RecordSafetyFundsRequest {
  @ApiProperty({ example: 2024 }) @IsInt() @Min(2000) @Max(2100) year!: number;
  @ApiProperty({ example: 1200000 })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(1e12)
  drawnYuan!: number;
  @ApiProperty({ example: 860000 })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(1e12)
  usedYuan!: number;
}
