import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsOptional } from 'class-validator';
import { IsRecordId, IsText, LIMITS } from '../../hazards/shared/hazard-dto';
import { IsDeadline } from '../../hazards/shared/instant.validators';

export class RequestHotWorkPermitRequest {
  @ApiProperty({ example: 'mine-demo-1' })
  @IsRecordId()
  mineId!: string;

  @ApiProperty({ example: '-120m 中段 2# 溜井口', maxLength: LIMITS.location })
  @IsText(LIMITS.location)
  location!: string;

  @ApiProperty({ example: true, description: '井下或井口动火（UG-29）/ underground or at the shaft collar' })
  @IsBoolean()
  underground!: boolean;

  @ApiProperty({ example: '溜井格筛焊接修补', maxLength: LIMITS.description })
  @IsText(LIMITS.description)
  work!: string;

  @ApiProperty({ example: '2024-03-10T00:00:00.000Z', description: '作业开始（有效期起）/ window start' })
  @IsDeadline()
  windowStart!: string;

  @ApiProperty({ example: '2024-03-10T08:00:00.000Z', description: '作业结束（有效期止）/ window end' })
  @IsDeadline()
  windowEnd!: string;

  @ApiProperty({
    type: [String],
    example: ['清理周边 10 m 内可燃物', '配备灭火器 2 具'],
    description: '安全技术措施 / safety measures',
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(LIMITS.list)
  @IsText(LIMITS.reason, { each: true })
  precautions!: string[];

  @ApiPropertyOptional({ example: 'contractor-demo-1', description: '外包单位 / contractor doing the work' })
  @IsOptional()
  @IsRecordId()
  contractorId?: string;
}
