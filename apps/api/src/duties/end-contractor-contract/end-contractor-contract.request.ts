import { ApiProperty } from '@nestjs/swagger';
import { IsText, LIMITS } from '../../hazards/shared/hazard-dto';
import { IsDay } from '../shared/duty-dto';

export class EndContractorContractRequest {
  @ApiProperty({ example: '2024-09-30' }) @IsDay() endedOn!: string;
  @ApiProperty({ example: '改为自营采掘队伍' }) @IsText(LIMITS.reason) reason!: string;
}
