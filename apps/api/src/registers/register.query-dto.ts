import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { DOCUMENT_KINDS } from '@hazard-ledger/domain';
import { ReadQuery } from '../reads/read-query.dto';

const bool = ({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value);
const FORMATS = ['xlsx', 'csv'] as const;
const DOCUMENT_STATUSES = ['drafted', 'reviewed', 'signed', 'served', 'revoked'] as const;

class RegisterQueryDto extends ReadQuery {
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(100) mineId?: string;
  @ApiPropertyOptional({ example: '140404' }) @IsOptional() @IsString() @MaxLength(20) jurisdiction?: string;
}

export class DocumentRegisterQueryDto extends RegisterQueryDto {
  @ApiPropertyOptional({ enum: DOCUMENT_KINDS }) @IsOptional() @IsIn(DOCUMENT_KINDS) kind?: string;
  @ApiPropertyOptional({ enum: DOCUMENT_STATUSES }) @IsOptional() @IsIn(DOCUMENT_STATUSES) status?: string;

  @ApiPropertyOptional({ description: '仅看签发/送达后被修改的 / only documents amended after signing or service' })
  @IsOptional()
  @Transform(bool)
  @IsBoolean()
  amendedAfterSigning?: boolean;

  @ApiPropertyOptional({ description: '仅看起草后从未送达的 / only documents drafted but never served' })
  @IsOptional()
  @Transform(bool)
  @IsBoolean()
  neverServed?: boolean;
}

export class PenaltyRegisterQueryDto extends RegisterQueryDto {
  @ApiPropertyOptional({ description: '低于法定最低额 / some target fined below the statutory minimum' })
  @IsOptional()
  @Transform(bool)
  @IsBoolean()
  belowMinimum?: boolean;

  @ApiPropertyOptional({ description: '只罚单位未罚个人（未一案双罚）/ company fined, no person' })
  @IsOptional()
  @Transform(bool)
  @IsBoolean()
  noIndividualTarget?: boolean;

  @ApiPropertyOptional({ description: '已全部缴清 / every target paid in full' })
  @IsOptional()
  @Transform(bool)
  @IsBoolean()
  fullyPaid?: boolean;
}

export class DocumentRegisterExportQueryDto extends DocumentRegisterQueryDto {
  @ApiPropertyOptional({ enum: FORMATS, default: 'xlsx' })
  @IsOptional()
  @IsIn(FORMATS)
  format?: (typeof FORMATS)[number];
}

export class PenaltyRegisterExportQueryDto extends PenaltyRegisterQueryDto {
  @ApiPropertyOptional({ enum: FORMATS, default: 'xlsx' })
  @IsOptional()
  @IsIn(FORMATS)
  format?: (typeof FORMATS)[number];
}
