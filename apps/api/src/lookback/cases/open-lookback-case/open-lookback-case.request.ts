import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsDefined,
  IsString,
  Matches,
  MaxLength,
  MinLength,
  ValidateNested,
} from 'class-validator';

const ID = /^[A-Za-z0-9][A-Za-z0-9_.:-]{0,99}$/;

export class CaseSubjectRequest {
  @ApiProperty({ example: ['mine-demo-1'] })
  @IsArray()
  @ArrayMaxSize(100)
  @Matches(ID, { each: true, message: 'mineIds 须为记录编号 / mineIds must be record ids' })
  mineIds!: string[];

  @ApiProperty({ example: ['u-inspector-zhang'] })
  @IsArray()
  @ArrayMaxSize(100)
  @Matches(ID, { each: true, message: 'personIds 须为用户编号 / personIds must be user ids' })
  personIds!: string[];
}

export class OpenLookbackCaseRequest {
  @ApiProperty({ example: '示范矿业瞒报事故倒查' }) @IsString() @MinLength(1) @MaxLength(200) title!: string;

  @ApiProperty({ type: CaseSubjectRequest })
  @IsDefined({ message: 'subject 必填 / subject is required' })
  @ValidateNested()
  @Type(() => CaseSubjectRequest)
  subject!: CaseSubjectRequest;

  @ApiProperty({ example: '2024 年该矿全部检查、隐患与执法文书' })
  @IsString()
  @MinLength(1)
  @MaxLength(1000)
  scope!: string;

  @ApiProperty({ example: '安全生产法第九十条' }) @IsString() @MinLength(1) @MaxLength(500) legalBasis!: string;
}
