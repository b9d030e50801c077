import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ValidateNested } from 'class-validator';
import { IsRecordId, IsText, LIMITS } from '../shared/hazard-dto';
import { IsDeadline } from '../shared/instant.validators';

export class AssigneeDto {
  @ApiProperty({ example: 'u-enterprise-staff' })
  @IsRecordId()
  id!: string;

  @ApiProperty({ example: '赵安全', maxLength: LIMITS.name })
  @IsText(LIMITS.name)
  name!: string;
}

export class AssignRectificationRequest {
  @ApiProperty({ type: AssigneeDto })
  @ValidateNested()
  @Type(() => AssigneeDto)
  assignee!: AssigneeDto;

  @ApiProperty({ example: '2024-03-20T00:00:00.000Z', description: '整改期限 / rectification deadline' })
  @IsDeadline()
  deadline!: string;
}
