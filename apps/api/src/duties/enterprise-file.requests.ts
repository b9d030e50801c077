import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsInt, IsNumber, Max, Min } from 'class-validator';
import { FILE_POSTS } from '@hazard-ledger/domain';
import { IsText, LIMITS } from '../hazards/shared/hazard-dto';
import { IsDay } from './contractors.requests';

export class AppointFilePersonRequest {
  @ApiProperty({ enum: FILE_POSTS }) @IsIn(FILE_POSTS) post!: string;
  @ApiProperty({ example: '赵矿长' }) @IsText(LIMITS.name) name!: string;
  @ApiProperty({ example: '2023-05-01' }) @IsDay() since!: string;
}

export class SetSafetyDepartmentRequest {
  @ApiProperty({ example: '安全环保部' }) @IsText(LIMITS.name) name!: string;
  @ApiProperty({ example: '钱总监' }) @IsText(LIMITS.name) head!: string;
  @ApiProperty({ example: 4 }) @IsInt() @Min(0) @Max(10_000) fullTimeStaff!: number;
}

export class AddSafetyEngineerRequest {
  @ApiProperty({ example: 'ZAGC-2021-0007' }) @IsText(LIMITS.name) registrationNo!: string;
  @ApiProperty({ example: '孙技术' }) @IsText(LIMITS.name) name!: string;
  @ApiProperty({ example: '2026-06-30' }) @IsDay() validUntil!: string;
}

export class ReasonRequest {
  @ApiProperty({ example: '离职' }) @IsText(LIMITS.reason) reason!: string;
}

export class RecordOperatorCertificateRequest {
  @ApiProperty({ example: 'T140404199001011234' }) @IsText(LIMITS.name) certificateNo!: string;
  @ApiProperty({ example: '周爆破' }) @IsText(LIMITS.name) name!: string;
  @ApiProperty({ example: '金属非金属矿山爆破作业' }) @IsText(LIMITS.name) operationType!: string;
  @ApiProperty({ example: '2025-05-31' }) @IsDay() validUntil!: string;
}

export class RecordSafetyFundsRequest {
  @ApiProperty({ example: 2024 }) @IsInt() @Min(2000) @Max(2100) year!: number;
  @ApiProperty({ example: 1200000 })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(1e12)
  drawnYuan!: number;
  @ApiProperty({ example: 860000 })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(1e12)
  usedYuan!: number;
}
