import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Length, Matches } from 'class-validator';

export const LIMITS = {
  description: 4000,
  reason: 1000,
  name: 100,
  location: 200,
  evidence: 20,
  list: 50,
} as const;

// Free text must say something: whitespace alone is refused here rather than recorded as a "reason".
export const IsText = (max: number, options: { each?: boolean } = {}): PropertyDecorator =>
  applyDecorators(
    IsString(options),
    Length(1, max, options),
    Matches(/\S/, { ...options, message: ({ property }) => `${property} 不能为空白 / ${property} must not be blank` }),
  );

/** Ids of users and mines: what tokens and the mine registry issue (UUIDs, or demo ids like mine-demo-1). */
export const IsRecordId = (options: { each?: boolean } = {}): PropertyDecorator =>
  Matches(/^[A-Za-z0-9._:-]{1,128}$/, options);

export const CLAUSE_ID = /^MHS2022-(UG|OP|TS)-\d{2}$/;
export const HEX_DIGEST = /^[0-9a-f]{64}$/;
export const CONCLUSIONS = ['passed', 'failed'] as const;

export class ReasonDto {
  @ApiProperty({ example: '补充现场核实情况 / details confirmed on site', maxLength: LIMITS.reason })
  @IsText(LIMITS.reason)
  reason!: string;
}

export class ConclusionDto {
  @ApiProperty({ enum: CONCLUSIONS, example: 'passed' })
  @IsIn(CONCLUSIONS)
  conclusion!: 'passed' | 'failed';
}

/** The signer's re-entered password, for request classes that already extend another DTO. */
export const PasswordField = (required = true): PropertyDecorator =>
  applyDecorators(
    (required ? ApiProperty : ApiPropertyOptional)({
      example: 'Demo-2024!',
      format: 'password',
      writeOnly: true,
      description: '签名时重新输入登录密码，不会被记录 / re-enter your password to sign; never stored',
    }),
    ...(required ? [] : [IsOptional()]),
    IsString(),
    Length(1, 256),
  );

/** Signed commands carry only the password: meaning and content are fixed by the command, never by the client. */
export class PasswordDto {
  @PasswordField()
  password!: string;
}

export const ClauseIdProperty = (required: boolean): PropertyDecorator =>
  applyDecorators(
    (required ? ApiProperty : ApiPropertyOptional)({
      example: 'MHS2022-UG-01',
      description: '《金属非金属矿山重大事故隐患判定标准》条款 / catalogue clause (矿安〔2022〕88号)',
    }),
    Matches(CLAUSE_ID, {
      message: ({ property }) => `${property} 须形如 MHS2022-UG-01 / ${property} must look like MHS2022-UG-01`,
    }),
  );
