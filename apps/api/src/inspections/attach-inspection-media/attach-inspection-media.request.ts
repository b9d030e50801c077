import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsOptional,
  Matches,
  ValidateNested,
} from 'class-validator';
import { HEX_DIGEST, IsRecordId, LIMITS } from '../../hazards/shared/hazard-dto';

export class MediaRequest {
  @ApiProperty({ example: 'DSJ-2024-0310-001', description: '执法记录仪文件编号 / recorder file id' })
  @IsRecordId()
  mediaId!: string;

  @ApiProperty({
    example: '66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0',
    pattern: '^[0-9a-f]{64}$',
  })
  @Matches(HEX_DIGEST, { message: 'hash 须为 64 位小写十六进制 / hash must be 64 lowercase hex digits' })
  hash!: string;

  @ApiProperty({ enum: ['sm3'], example: 'sm3' })
  @IsIn(['sm3'])
  alg!: 'sm3';

  @ApiPropertyOptional({
    example: false,
    description: '待上传：执法记录仪文件尚未上传 / Pending upload: the footage is not in the file store yet (else 422)',
  })
  @IsOptional()
  @IsBoolean()
  pending?: boolean;
}

export class AttachInspectionMediaRequest {
  @ApiProperty({ type: [MediaRequest], minItems: 1, maxItems: LIMITS.list })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(LIMITS.list)
  @ValidateNested({ each: true })
  @Type(() => MediaRequest)
  media!: MediaRequest[];
}
