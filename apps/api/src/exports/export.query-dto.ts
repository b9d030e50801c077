import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { BoardQueryDto } from '../boards/board.query-dto';
import { HazardLedgerQueryDto } from '../ledgers/get-hazard-ledger/hazard-ledger.query-dto';

const FORMATS = ['xlsx', 'csv'] as const;

export class LedgerExportQueryDto extends HazardLedgerQueryDto {
  @ApiPropertyOptional({ enum: FORMATS, default: 'xlsx' })
  @IsOptional()
  @IsIn(FORMATS)
  format?: (typeof FORMATS)[number];
}

export class BoardExportQueryDto extends BoardQueryDto {
  @ApiPropertyOptional({ enum: FORMATS, default: 'xlsx' })
  @IsOptional()
  @IsIn(FORMATS)
  format?: (typeof FORMATS)[number];
}
