import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { IsReadInstant } from '../hazards/shared/instant.validators';

/** What every read-model query accepts: either time axis, read-your-writes, and keyset pagination. */
export class ReadQuery {
  @ApiPropertyOptional({ example: '2024-06-30T16:00:00Z', description: '系统时间 / as the platform knew it then' })
  @IsOptional()
  @IsReadInstant()
  asOf?: string;

  @ApiPropertyOptional({ example: '2024-06-30T16:00:00Z', description: '有效时间 / as it was in the world then' })
  @IsOptional()
  @IsReadInstant()
  validAt?: string;

  @ApiPropertyOptional({
    example: '912/1207',
    description:
      '读己之写 / wait until the read model has applied this log position (a command’s logPosition): 5 s, or ' +
      '`Prefer: wait=<s>` up to 30 s; if not reached, 503 with Retry-After',
  })
  @IsOptional()
  @Matches(/^\d{1,19}\/\d{1,19}$/, {
    message: 'minPosition 须为 "commit/prepare" / minPosition must be "commit/prepare"',
  })
  minPosition?: string;

  @ApiPropertyOptional({ example: 50, description: '每页条数 / page size (1–200)' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  limit?: number;

  @ApiPropertyOptional({ description: '上一页返回的 nextCursor / nextCursor of the previous page' })
  @IsOptional()
  @IsString()
  @MaxLength(400)
  cursor?: string;
}
