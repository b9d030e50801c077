import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
import { IsRecordId, IsText, LIMITS } from '../../hazards/shared/hazard-dto';

export class RecordExamFindingRequest {
  @ApiProperty({ example: '安全管理机构未配专职人员' }) @IsText(LIMITS.description) finding!: string;
  @ApiPropertyOptional({ description: '由此登记的隐患 / the hazard recorded for it' })
  @IsOptional()
  @IsRecordId()
  hazardId?: string;
}
