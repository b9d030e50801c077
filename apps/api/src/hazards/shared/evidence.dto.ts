import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsOptional, Matches, ValidateNested } from 'class-validator';
import { HEX_DIGEST, IsText, LIMITS } from './hazard-dto';

/** A file is kept by its digest: the record proves which photo or document was meant without holding it. */
export class EvidenceDto {
  @ApiProperty({
    example: '66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0',
    pattern: '^[0-9a-f]{64}$',
  })
  @Matches(HEX_DIGEST, { message: 'hash 须为 64 位小写十六进制 / hash must be 64 lowercase hex digits' })
  hash!: string;

  @ApiProperty({ enum: ['sm3', 'sha256'], example: 'sm3' })
  @IsIn(['sm3', 'sha256'])
  alg!: 'sm3' | 'sha256';

  @ApiProperty({ example: 'exit-blocked.jpg', maxLength: 200 })
  @IsText(200)
  name!: string;

  @ApiProperty({ example: 'image/jpeg', maxLength: 100 })
  @IsText(100)
  @Matches(/^[\w.+-]+\/[\w.+-]+$/, { message: 'mime 须形如 image/jpeg / mime must look like image/jpeg' })
  mime!: string;

  @ApiPropertyOptional({
    example: false,
    description:
      '待上传：离线采集时先引用摘要，文件到达前记录带此标记 / Pending upload: offline capture cites the digest ' +
      'before the file is uploaded; without it the file must already be held (POST /files), else 422',
  })
  @IsOptional()
  @IsBoolean()
  pending?: boolean;
}

export const EvidenceList = (description?: string): PropertyDecorator =>
  applyDecorators(
    ApiProperty({ type: [EvidenceDto], maxItems: LIMITS.evidence, description }),
    IsArray(),
    ArrayMaxSize(LIMITS.evidence),
    ValidateNested({ each: true }),
    Type(() => EvidenceDto),
  );
