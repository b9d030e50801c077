import { ApiProperty } from '@nestjs/swagger';
import { Matches } from 'class-validator';

export class FollowUpTipRequest {
  @ApiProperty({ example: 'JB-20240310-6F1C2A4E', description: '举报编号 / the tip number' })
  @Matches(/^JB-\d{8}-[0-9A-F]{8}$/)
  tipNo!: string;

  @ApiProperty({ example: 'ABCD-EFGH-JKMN-PQRS', description: '约定密码 / the claim code given at intake' })
  @Matches(/^[0-9A-Za-z-]{16,24}$/)
  claimCode!: string;
}
