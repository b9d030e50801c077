import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
import { IsRecordId } from '../shared/hazard-dto';
import { FindingDto } from '../shared/finding.dto';

export class DiscoverHazardRequest extends FindingDto {
  @ApiProperty({ example: 'mine-demo-1' })
  @IsRecordId()
  mineId!: string;

  @ApiPropertyOptional({
    example: 'c0ffee00-0000-4000-8000-000000000001',
    description: '外包单位 / contractor concerned',
  })
  @IsOptional()
  @IsRecordId()
  contractorId?: string;
}
