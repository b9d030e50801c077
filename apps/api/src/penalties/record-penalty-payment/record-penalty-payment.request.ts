import { ApiProperty } from '@nestjs/swagger';
import { IsNumber, Max, Min } from 'class-validator';
import { IsRecordId, IsText, LIMITS } from '../../hazards/shared/hazard-dto';
import { IsNotFuture } from '../../hazards/shared/instant.validators';

export class RecordPenaltyPaymentRequest {
  @ApiProperty({ example: 't1' })
  @IsRecordId()
  targetId!: string;

  @ApiProperty({ example: 150000 })
  @IsNumber({ allowNaN: false, allowInfinity: false, maxDecimalPlaces: 2 })
  @Min(0.01)
  @Max(100_000_000)
  amountYuan!: number;

  @ApiProperty({ example: '2024-06-20T10:00:00+08:00' })
  @IsNotFuture()
  paidAt!: string;

  @ApiProperty({ example: '晋财缴〔2024〕0012345', maxLength: LIMITS.name, description: '缴款凭证号 / receipt number' })
  @IsText(LIMITS.name)
  receiptNo!: string;
}
