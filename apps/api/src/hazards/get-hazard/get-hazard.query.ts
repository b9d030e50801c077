import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
import { IsReadInstant } from '../shared/instant.validators';

export class GetHazardQuery {
  @ApiPropertyOptional({
    example: '2024-03-10T09:00:00.000Z',
    description: '系统时间：平台当时所知 / system time: what the platform knew then (events recorded by this instant)',
  })
  @IsOptional()
  @IsReadInstant()
  asOf?: string;

  @ApiPropertyOptional({
    example: '2024-03-10T08:00:00.000Z',
    description: '有效时间：按发生时间截取 / valid time: events that occurred by this instant, as recorded so far',
  })
  @IsOptional()
  @IsReadInstant()
  validAt?: string;
}
