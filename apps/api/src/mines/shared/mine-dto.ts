import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsOptional,
  IsString,
  Length,
  Matches,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { MINE_RESPONSIBLE_ROLES, MineResponsibleRole } from '@hazard-ledger/domain';

export class PrincipalDto {
  @ApiProperty({ example: '王建国', description: '主要负责人 / principal' })
  @IsString()
  @Length(1, 50)
  name!: string;

  @ApiPropertyOptional({ example: '13800000000' })
  @IsOptional()
  @Matches(/^[0-9+\- ]{5,20}$/)
  phone?: string;
}

export class ResponsiblePersonDto {
  @ApiProperty({ enum: MINE_RESPONSIBLE_ROLES, example: 'mine_manager' })
  @IsIn(MINE_RESPONSIBLE_ROLES)
  role!: MineResponsibleRole;

  @ApiProperty({ example: '李矿长' })
  @IsString()
  @Length(1, 50)
  name!: string;

  @ApiPropertyOptional({ example: '尾矿库库长', description: "required when role is 'other'" })
  @ValidateIf((p: ResponsiblePersonDto) => p.role === 'other' || p.title !== undefined)
  @IsString()
  @Length(1, 50)
  title?: string;
}

export class ResponsibilityDto {
  @ApiProperty({ type: PrincipalDto })
  @ValidateNested()
  @Type(() => PrincipalDto)
  principal!: PrincipalDto;

  @ApiProperty({ type: [ResponsiblePersonDto] })
  @IsArray()
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  @Type(() => ResponsiblePersonDto)
  responsiblePersons!: ResponsiblePersonDto[];
}

export class ReasonDto {
  @ApiProperty({
    example: '年度安全风险分级评定 / annual risk grading',
    description: '理由（必填）/ reason (required)',
  })
  @IsString()
  @Length(2, 500)
  reason!: string;
}
