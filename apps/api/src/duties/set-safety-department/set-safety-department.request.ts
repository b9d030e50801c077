import { ApiProperty } from '@nestjs/swagger';
import { IsInt, Max, Min } from 'class-validator';
import { IsText, LIMITS } from '../../hazards/shared/hazard-dto';

export class SetSafetyDepartmentRequest {
  @ApiProperty({ example: '安全环保部' }) @IsText(LIMITS.name) name!: string;
  @ApiProperty({ example: '钱总监' }) @IsText(LIMITS.name) head!: string;
  @ApiProperty({ example: 4 }) @IsInt() @Min(0) @Max(10_000) fullTimeStaff!: number;
}
