import { ApiHideProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  Equals,
  IsArray,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { MAX_PAGE_ROWS } from '@hazard-ledger/read-models';
import { IsReadInstant } from '../hazards/shared/instant.validators';

const ID = /^[A-Za-z0-9][A-Za-z0-9_.:-]{0,99}$/;
const idMessage = (name: string) => `${name} 格式无效 / ${name} is not a valid id`;
const list = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? value.split(',').filter((v) => v !== '') : value;

/** A look-back query's cut and filters: asOf (system time, default now), mine, jurisdiction, period. */
export class LookbackQueryDto {
  @ApiPropertyOptional({
    example: '2024-06-30T16:00:00Z',
    description: '系统时间截点（默认当前）/ system-time cut (default now)',
  })
  @IsOptional()
  @IsReadInstant()
  asOf?: string;

  // No query applies a valid-time cut yet: refused, so no answer states a cut it did not make (docs/lookback.md).
  @ApiHideProperty()
  @IsOptional()
  @Equals(undefined, {
    message:
      '倒查查询只按系统时间（asOf）截取，尚不支持 validAt / look-back queries cut on system time (asOf) only; validAt is not supported',
  })
  validAt?: string;

  @ApiPropertyOptional({ description: '隐患（LB-01 必填）/ the hazard (LB-01 needs it)' })
  @IsOptional()
  @Matches(ID, { message: idMessage('hazardId') })
  hazardId?: string;

  @ApiPropertyOptional({ example: 'mine-demo-1' })
  @IsOptional()
  @Matches(ID, { message: idMessage('mineId') })
  mineId?: string;

  @ApiPropertyOptional({ example: '140404' })
  @IsOptional()
  @Matches(/^\d{6}$/, { message: 'jurisdiction 须为六位代码 / jurisdiction must be a six-digit code' })
  jurisdiction?: string;

  @ApiPropertyOptional({ description: '期间起（记录时间）/ period start (system time)' })
  @IsOptional()
  @IsReadInstant()
  from?: string;

  @ApiPropertyOptional({ description: '期间止（记录时间）/ period end (system time)' })
  @IsOptional()
  @IsReadInstant()
  to?: string;

  @ApiPropertyOptional({
    example: '912/1207',
    description: '读己之写 / wait until the facts have applied this position',
  })
  @IsOptional()
  @Matches(/^\d{1,19}\/\d{1,19}$/, {
    message: 'minPosition 须为 "commit/prepare" / minPosition must be "commit/prepare"',
  })
  minPosition?: string;

  @ApiPropertyOptional({
    description:
      '倒查案件：查询记入案件，并标出立案后写入的证据 / a look-back case: the run is recorded in it and rows written after it opened are flagged',
  })
  @IsOptional()
  @Matches(ID, { message: idMessage('caseId') })
  caseId?: string;
}

/** A run may ask for one page of the answer (row-key order): a case freezes and an export writes the whole answer. */
export class LookbackRunQueryDto extends LookbackQueryDto {
  @ApiPropertyOptional({
    example: 200,
    description: '每页行数（1–500；给出则分页）/ rows per page (1–500; pages the answer)',
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_ROWS)
  limit?: number;

  @ApiPropertyOptional({
    description:
      '上一页的 nextCursor（一行的 key；列出其后的行；只给 cursor 时每页 100 行）/ the previous page’s nextCursor (a row key: the rows after it; 100 a page when only cursor is given)',
  })
  @IsOptional()
  @IsString()
  @IsNotEmpty({ message: 'cursor 不能为空 / cursor must not be empty' })
  @MaxLength(400)
  cursor?: string;
}

export class LookbackExportQueryDto extends LookbackQueryDto {
  @ApiPropertyOptional({ enum: ['xlsx', 'csv'] })
  @IsOptional()
  @IsIn(['xlsx', 'csv'])
  format?: 'xlsx' | 'csv';
}

/** Cross-record search: event types (comma-separated), categories, actor, role, and a page. */
export class LookbackEventsQueryDto extends LookbackQueryDto {
  @ApiPropertyOptional({ example: 'HazardGradeChanged,HazardDescriptionAmended,HazardVoided' })
  @IsOptional()
  @Transform(list)
  @IsArray()
  @ArrayMaxSize(50)
  @Matches(/^[A-Z][A-Za-z]{1,79}$/, { each: true, message: 'types 须为事件类型名 / types must be event type names' })
  types?: string[];

  @ApiPropertyOptional({ example: 'hazard,document' })
  @IsOptional()
  @Transform(list)
  @IsArray()
  @ArrayMaxSize(20)
  @Matches(/^[a-z][a-z-]{1,39}$/, {
    each: true,
    message: 'categories 须为记录类别 / categories must be stream categories',
  })
  categories?: string[];

  @ApiPropertyOptional() @IsOptional() @Matches(ID, { message: idMessage('actorId') }) actorId?: string;

  @ApiPropertyOptional({ example: 'supervising_leader' })
  @IsOptional()
  @Matches(/^[a-z_]{1,40}$/, { message: 'role 格式无效 / role is not a valid role name' })
  role?: string;

  @ApiPropertyOptional({ example: 100, description: '每页条数 / page size (1–500)' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(500)
  limit?: number;

  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(400) cursor?: string;
}
