import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength } from 'class-validator';

export class CloseLookbackCaseRequest {
  @ApiProperty({ example: '移送纪委监委' }) @IsString() @MinLength(1) @MaxLength(2000) conclusion!: string;
}
