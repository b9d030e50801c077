import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsString, Length, Matches, ValidateNested } from 'class-validator';
import { SiteType } from '@hazard-ledger/domain';
import { ResponsibilityDto } from '../shared/mine-dto';

export class EnterpriseDto {
  @ApiProperty({ example: '长治市上党区示范矿业有限公司' })
  @IsString()
  @Length(1, 100)
  name!: string;

  @ApiProperty({ example: '91140404MA0K000001', description: '统一社会信用代码 (GB 32100-2015)' })
  @Matches(/^[0-9A-HJ-NPQRTUWXY]{18}$/)
  creditCode!: string;
}

export class RegisterMineRequest extends ResponsibilityDto {
  @ApiProperty({ example: '示范铁矿' })
  @IsString()
  @Length(1, 100)
  name!: string;

  @ApiProperty({
    enum: ['underground', 'open_pit', 'tailings'],
    example: 'underground',
    description: '地下矿山 / 露天矿山 / 尾矿库',
  })
  @IsIn(['underground', 'open_pit', 'tailings'])
  siteType!: SiteType;

  @ApiProperty({ example: '140404', description: '行政区划代码 / division code (GB/T 2260)' })
  @Matches(/^\d{6}$/)
  jurisdiction!: string;

  @ApiProperty({ type: EnterpriseDto })
  @ValidateNested()
  @Type(() => EnterpriseDto)
  enterprise!: EnterpriseDto;
}
