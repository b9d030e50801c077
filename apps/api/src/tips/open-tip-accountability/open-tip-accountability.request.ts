import { ApiProperty } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { ACCOUNTABLE_PARTIES, AccountableParty } from '@hazard-ledger/domain';
import { IsText, LIMITS } from '../../hazards/shared/hazard-dto';

export class OpenTipAccountabilityRequest {
  @ApiProperty({ example: 'ZZ-2024-3', maxLength: LIMITS.name })
  @IsText(LIMITS.name)
  caseNo!: string;

  @ApiProperty({ enum: ACCOUNTABLE_PARTIES })
  @IsIn(ACCOUNTABLE_PARTIES)
  against!: AccountableParty;

  @ApiProperty({ example: '企业隐瞒重大事故隐患', maxLength: LIMITS.description })
  @IsText(LIMITS.description)
  summary!: string;
}
