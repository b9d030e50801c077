import { ApiProperty } from '@nestjs/swagger';
import { IsIn, Matches } from 'class-validator';
import { Recipient } from '@hazard-ledger/domain';
import { HEX_DIGEST } from '../shared/hazard-dto';

export const RECIPIENTS: Recipient[] = ['regulator', 'workers_congress'];

/** A receipt is bound to one report version by its hash (GET /hazards/:id shows major.reports[recipient].hash). */
export class AcknowledgeDualReportRequest {
  @ApiProperty({ enum: RECIPIENTS, example: 'regulator' })
  @IsIn(RECIPIENTS)
  recipient!: Recipient;

  @ApiProperty({
    example: '0b5f1c8f4f7e0c1d7a5d3f1e9c2b4a6d8e0f1a3b5c7d9e1f2a4b6c8d0e2f4a6b',
    pattern: '^[0-9a-f]{64}$',
  })
  @Matches(HEX_DIGEST, { message: 'reportHash 须为 64 位小写十六进制 / reportHash must be 64 lowercase hex digits' })
  reportHash!: string;
}
