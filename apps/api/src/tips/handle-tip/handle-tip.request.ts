import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray } from 'class-validator';
import { IsRecordId, IsText, LIMITS } from '../../hazards/shared/hazard-dto';

export class HandleTipRequest {
  @ApiProperty({
    type: [String],
    description: '由举报查出的隐患 / hazards found (linkedRef complaint)',
    maxItems: LIMITS.list,
  })
  @IsArray()
  @ArrayMaxSize(LIMITS.list)
  @IsRecordId({ each: true })
  hazardIds!: string[];

  @ApiProperty({ type: [String], description: '执法文书 / enforcement documents', maxItems: LIMITS.list })
  @IsArray()
  @ArrayMaxSize(LIMITS.list)
  @IsRecordId({ each: true })
  documentIds!: string[];

  @ApiProperty({
    type: [String],
    description: '处罚决定（罚款额取自其中）/ penalty decisions (the fine is taken from them)',
    maxItems: LIMITS.list,
  })
  @IsArray()
  @ArrayMaxSize(LIMITS.list)
  @IsRecordId({ each: true })
  penaltyIds!: string[];

  @ApiProperty({ example: '责令停产整改，罚款十万元', maxLength: LIMITS.description })
  @IsText(LIMITS.description)
  summary!: string;
}
