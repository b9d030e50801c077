import { ApiProperty } from '@nestjs/swagger';
import { IsText, LIMITS } from '../../hazards/shared/hazard-dto';
import { IsNotFuture } from '../../hazards/shared/instant.validators';

export class RecordTipObjectionRequest {
  @ApiProperty({ example: '处罚过轻', maxLength: LIMITS.description })
  @IsText(LIMITS.description)
  objection!: string;

  @ApiProperty({ example: '2024-03-12T01:00:00.000Z', description: '异议收到时间 / when it was received' })
  @IsNotFuture()
  receivedAt!: string;
}
