import { Controller, Get, Query, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Request } from 'express';
import { CurrentActor } from '@hazard-ledger/auth';
import { Actor } from '@hazard-ledger/domain';
import { RegisterReader } from '../register-read';
import { DocumentRegisterQueryDto } from '../register.query-dto';

@ApiTags('registers 台账')
@ApiBearerAuth()
@Controller('registers')
export class GetDocumentRegisterController {
  constructor(private readonly registers: RegisterReader) {}

  @Get('documents')
  @ApiOperation({
    summary:
      '执法文书台账 / Which documents were issued, changed, served or never served: every version, amendments after signing or service flagged',
  })
  list(@Query() q: DocumentRegisterQueryDto, @CurrentActor() actor: Actor, @Req() request: Request) {
    return this.registers.read('document-register', q, actor, request);
  }
}
