import { ApiProperty } from '@nestjs/swagger';
import { IsRecordId } from '../shared/hazard-dto';
import { FindingDto } from '../shared/finding.dto';

export class DiscoverHazardRequest extends FindingDto {
  @ApiProperty({ example: 'mine-demo-1' })
  @IsRecordId()
  mineId!: string;
}
