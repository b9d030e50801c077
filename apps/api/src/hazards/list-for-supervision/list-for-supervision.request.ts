import { ApiProperty } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { SupervisionLevel } from '@hazard-ledger/domain';
import { IsText, LIMITS, PasswordDto } from '../shared/hazard-dto';
import { IsDeadline } from '../shared/instant.validators';

const LEVELS: SupervisionLevel[] = ['province', 'city', 'county'];

export class ListForSupervisionRequest extends PasswordDto {
  @ApiProperty({ enum: LEVELS, example: 'county' })
  @IsIn(LEVELS)
  level!: SupervisionLevel;

  @ApiProperty({ example: '上党区安全生产委员会办公室', maxLength: LIMITS.name })
  @IsText(LIMITS.name)
  unit!: string;

  @ApiProperty({ example: '王刚', maxLength: LIMITS.name })
  @IsText(LIMITS.name)
  supervisingOfficial!: string;

  @ApiProperty({
    example: '2024-08-31T00:00:00.000Z',
    description: '督办期限（政策上限内）/ within the policy maximum',
  })
  @IsDeadline()
  deadline!: string;

  @ApiProperty({ example: '上应急督〔2024〕3号', maxLength: LIMITS.name })
  @IsText(LIMITS.name)
  noticeNo!: string;
}
