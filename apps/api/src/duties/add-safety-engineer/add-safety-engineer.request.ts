import { ApiProperty } from '@nestjs/swagger';
import { IsText, LIMITS } from '../../hazards/shared/hazard-dto';
import { IsDay } from '../shared/duty-dto';

export class AddSafetyEngineerRequest {
  @ApiProperty({ example: 'ZAGC-2021-0007' }) @IsText(LIMITS.name) registrationNo!: string;
  @ApiProperty({ example: '孙技术' }) @IsText(LIMITS.name) name!: string;
  @ApiProperty({ example: '2026-06-30' }) @IsDay() validUntil!: string;
}
