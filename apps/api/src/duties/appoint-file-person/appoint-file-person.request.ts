import { ApiProperty } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { FILE_POSTS } from '@hazard-ledger/domain';
import { IsText, LIMITS } from '../../hazards/shared/hazard-dto';
import { IsDay } from '../shared/duty-dto';

export class AppointFilePersonRequest {
  @ApiProperty({ enum: FILE_POSTS }) @IsIn(FILE_POSTS) post!: string;
  @ApiProperty({ example: '赵矿长' }) @IsText(LIMITS.name) name!: string;
  @ApiProperty({ example: '2023-05-01' }) @IsDay() since!: string;
}
