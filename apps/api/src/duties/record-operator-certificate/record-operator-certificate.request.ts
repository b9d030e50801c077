import { ApiProperty } from '@nestjs/swagger';
import { IsText, LIMITS } from '../../hazards/shared/hazard-dto';
import { IsDay } from '../shared/duty-dto';

export class RecordOperatorCertificateRequest {
  @ApiProperty({ example: 'T140404199001011234' }) @IsText(LIMITS.name) certificateNo!: string;
  @ApiProperty({ example: '周爆破' }) @IsText(LIMITS.name) name!: string;
  @ApiProperty({ example: '金属非金属矿山爆破作业' }) @IsText(LIMITS.name) operationType!: string;
  @ApiProperty({ example: '2025-05-31' }) @IsDay() validUntil!: string;
}
