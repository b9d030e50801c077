import { ApiProperty } from '@nestjs/swagger';
import { ReasonDto } from './hazard-dto';
import { IsDeadline } from './instant.validators';

/** Extensions and rejected sign-offs move the deadline, always with a reason. */
export class NewDeadlineDto extends ReasonDto {
  @ApiProperty({ example: '2024-07-31T00:00:00.000Z', description: '新期限 / new deadline' })
  @IsDeadline()
  newDeadline!: string;
}
