import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsBoolean, IsIn, IsObject, IsOptional, Matches, ValidateIf, ValidateNested } from 'class-validator';
import { TIP_CATEGORIES, TIP_CHANNELS, TipCategory, TipChannel } from '@hazard-ledger/domain';
import { IsRecordId, IsText, LIMITS } from '../../hazards/shared/hazard-dto';
import { IsNotFuture } from '../../hazards/shared/instant.validators';

/**
 * The reporter as given at intake. Name and contacts go to the identity vault only (encrypted); the log keeps a
 * reference and a digest. An anonymous reporter gives none of them and is given a claim code (密码约定) instead.
 */
export class TipReporterRequest {
  @ApiProperty({ example: false, description: '匿名举报 / anonymous' })
  @IsBoolean()
  anonymous!: boolean;

  @ApiProperty({
    example: false,
    description: '内部从业人员举报本单位（须实名）/ an employee reporting their employer (must be named)',
  })
  @IsBoolean()
  internal!: boolean;

  @ApiPropertyOptional({
    example: '举报人姓名',
    maxLength: LIMITS.name,
    description: '实名举报必填 / required unless anonymous',
  })
  @ValidateIf((r: TipReporterRequest) => r.anonymous === false || r.name !== undefined)
  @IsText(LIMITS.name)
  name?: string;

  @ApiPropertyOptional({ example: '139xxxxxxxx', description: '联系电话 / phone' })
  @IsOptional()
  @Matches(/^\+?[0-9][0-9 -]{4,19}$/)
  phone?: string;

  @ApiPropertyOptional({ maxLength: LIMITS.location, description: '其他联系方式 / other contact' })
  @IsOptional()
  @IsText(LIMITS.location)
  contact?: string;
}

export class ReceiveTipRequest {
  @ApiProperty({ enum: TIP_CHANNELS, example: 'hotline_12350' })
  @IsIn(TIP_CHANNELS)
  channel!: TipChannel;

  @ApiProperty({ example: '2024-03-10T01:00:00.000Z', description: '收到举报时间 / when the tip was received' })
  @IsNotFuture()
  receivedAt!: string;

  @ApiProperty({
    example: '-120m 中段只有一个安全出口',
    maxLength: LIMITS.description,
    description: '举报内容 / what is reported',
  })
  @IsText(LIMITS.description)
  content!: string;

  @ApiProperty({ enum: TIP_CATEGORIES, example: 'major_hazard' })
  @IsIn(TIP_CATEGORIES)
  category!: TipCategory;

  @ApiPropertyOptional({ example: 'mine-demo-1', description: '被举报矿山（如能确定）/ the mine named, if any' })
  @IsOptional()
  @IsRecordId()
  mineId?: string;

  @ApiPropertyOptional({ example: '140404', description: '未指明矿山时的辖区 / jurisdiction when no mine is named' })
  @IsOptional()
  @Matches(/^\d{6}$/)
  jurisdiction?: string;

  @ApiProperty({ type: TipReporterRequest })
  @IsObject()
  @ValidateNested()
  @Type(() => TipReporterRequest)
  reporter!: TipReporterRequest;
}
