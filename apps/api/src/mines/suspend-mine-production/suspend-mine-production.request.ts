import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsString, Length, Matches, ValidateIf } from 'class-validator';
import { ReasonDto } from '../shared/mine-dto';

export class SuspendMineProductionRequest extends ReasonDto {
  @ApiProperty({
    example: 'doc-7f3a',
    description:
      '停产整顿指令（执法文书）的标识；编号与所列隐患取自文书 / the signed 停产整顿指令: number and hazards come from it',
  })
  @IsString()
  @Matches(/^[A-Za-z0-9][A-Za-z0-9_.:-]{0,99}$/)
  documentId!: string;

  @ApiProperty({ enum: ['full', 'partial'], example: 'full' })
  @IsIn(['full', 'partial'])
  extent!: 'full' | 'partial';

  @ApiPropertyOptional({ example: '-220m 中段', description: "required when extent is 'partial'" })
  @ValidateIf((r: SuspendMineProductionRequest) => r.extent === 'partial' || r.area !== undefined)
  @IsString()
  @Length(1, 100)
  area?: string;

  @ApiProperty({
    example: 'Demo-2024!',
    format: 'password',
    writeOnly: true,
    description: '签发人重新输入登录密码，不会被记录 / the issuer re-enters their password to sign; never stored',
  })
  @IsString()
  @Length(1, 256)
  password!: string;
}
