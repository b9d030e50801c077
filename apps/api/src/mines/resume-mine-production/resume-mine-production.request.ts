import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length, Matches } from 'class-validator';

export class ResumeMineProductionRequest {
  @ApiProperty({
    example: 'doc-9c21',
    description: '复产批准（执法文书）的标识 / the signed 复产批准 document; its number comes from it',
  })
  @IsString()
  @Matches(/^[A-Za-z0-9][A-Za-z0-9_.:-]{0,99}$/)
  documentId!: string;

  @ApiProperty({
    example: 'Demo-2024!',
    format: 'password',
    writeOnly: true,
    description: '批准人重新输入登录密码，不会被记录 / the approver re-enters their password to sign; never stored',
  })
  @IsString()
  @Length(1, 256)
  password!: string;
}
