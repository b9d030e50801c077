import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsNumber, Max, Min, ValidateNested } from 'class-validator';
import { IsText, LIMITS } from '../../hazards/shared/hazard-dto';

export class ExaminedPersonRequest {
  @ApiProperty({ example: '王建国', maxLength: LIMITS.name })
  @IsText(LIMITS.name)
  name!: string;

  @ApiProperty({ example: '矿长', maxLength: LIMITS.name })
  @IsText(LIMITS.name)
  position!: string;

  @ApiProperty({ example: 85, minimum: 0, maximum: 100 })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(100)
  score!: number;
}

/** 逢查必考: the mine's people examined on site (notice (十六)). */
export class RecordKnowledgeTestRequest {
  @ApiProperty({ type: [ExaminedPersonRequest], minItems: 1, maxItems: LIMITS.list })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(LIMITS.list)
  @ValidateNested({ each: true })
  @Type(() => ExaminedPersonRequest)
  people!: ExaminedPersonRequest[];
}
