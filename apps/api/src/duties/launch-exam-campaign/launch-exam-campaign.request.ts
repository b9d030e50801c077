import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsOptional, ValidateNested } from 'class-validator';
import { IsRecordId, IsText, LIMITS } from '../../hazards/shared/hazard-dto';
import { IsDay } from '../shared/duty-dto';

export class ExamItemRequest {
  @ApiProperty({ example: 'item-1' }) @IsRecordId() itemId!: string;
  @ApiProperty({ example: '安全管理机构设置与运行' }) @IsText(LIMITS.location) item!: string;
  @ApiProperty({ example: '赵矿长' }) @IsText(LIMITS.name) owner!: string;
  @ApiPropertyOptional({ example: '2024-12-31', description: '缺省为 physical-exam 政策的整改期限 / policy default' })
  @IsOptional()
  @IsDay()
  deadline?: string;
}

/** 体检式精查 of one mine. */
export class LaunchExamCampaignRequest {
  @ApiProperty({ example: 'mine-demo-1' }) @IsRecordId() mineId!: string;
  @ApiProperty({ example: '2024 年露天矿山体检式精查' }) @IsText(LIMITS.location) title!: string;

  @ApiProperty({ type: [ExamItemRequest] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(LIMITS.list)
  @ValidateNested({ each: true })
  @Type(() => ExamItemRequest)
  items!: ExamItemRequest[];
}
