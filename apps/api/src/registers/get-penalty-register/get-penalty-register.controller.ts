import { Controller, Get, Query, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Request } from 'express';
import { CurrentActor } from '@hazard-ledger/auth';
import { Actor } from '@hazard-ledger/domain';
import { RegisterReader } from '../register-read';
import { PenaltyRegisterQueryDto } from '../register.query-dto';

@ApiTags('registers 台账')
@ApiBearerAuth()
@Controller('registers')
export class GetPenaltyRegisterController {
  constructor(private readonly registers: RegisterReader) {}

  @Get('penalties')
  @ApiOperation({
    summary:
      '行政处罚台账 / Which penalties fell on whom: targets, amounts, below-minimum and no-individual (一案双罚) flagged, paid or not',
  })
  list(@Query() q: PenaltyRegisterQueryDto, @CurrentActor() actor: Actor, @Req() request: Request) {
    return this.registers.read('penalty-register', q, actor, request);
  }
}
