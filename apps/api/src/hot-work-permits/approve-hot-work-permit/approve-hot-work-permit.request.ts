import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray } from 'class-validator';
import { IsText, LIMITS, PasswordField } from '../../hazards/shared/hazard-dto';

/** The approver states the precautions that bind the job and signs with their re-entered password. */
export class ApproveHotWorkPermitRequest {
  @ApiProperty({ type: [String], example: ['清理周边 10 m 内可燃物', '配备灭火器 2 具', '专人监护'] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(LIMITS.list)
  @IsText(LIMITS.reason, { each: true })
  precautions!: string[];

  @PasswordField()
  password!: string;
}
