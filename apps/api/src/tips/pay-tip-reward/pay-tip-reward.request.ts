import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, Matches } from 'class-validator';
import { IsText, LIMITS } from '../../hazards/shared/hazard-dto';

export class PayTipRewardRequest {
  @ApiProperty({ example: 'JL-2024-01', maxLength: LIMITS.name, description: '兑付凭证号 / payment voucher' })
  @IsText(LIMITS.name)
  voucherNo!: string;

  @ApiPropertyOptional({
    example: 'ABCD-EFGH-JKMN-PQRS',
    description: '举报人出示的约定密码（匿名举报必需）/ the claim code the reporter presented',
  })
  @IsOptional()
  @Matches(/^[0-9A-Za-z-]{16,24}$/)
  claimCode?: string;
}
