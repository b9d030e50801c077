import { Body, Controller, HttpCode, Param, Post, Req, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Request, Response } from 'express';
import { CurrentActor } from '@hazard-ledger/auth';
import { Actor } from '@hazard-ledger/domain';
import { ApiCommandResponses } from '../../shared/api-command-responses';
import { CommandAccepted } from '../../shared/command-gateway';
import { etagOf } from '../../shared/etag';
import { RecordPenaltyEnforcementCommand } from './record-penalty-enforcement.command';
import { RecordPenaltyEnforcementRequest } from './record-penalty-enforcement.request';

@ApiTags('penalties 行政处罚')
@ApiBearerAuth()
@Controller('penalties')
export class RecordPenaltyEnforcementController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post(':id/enforcement')
  @HttpCode(200)
  @ApiOperation({
    summary:
      '修改执法文书（须说明理由，签发或送达后修改会被标记）/ Amend a document (reason required; flagged after signing or service)',
  })
  @ApiCommandResponses(200)
  async handle(
    @Param('id') penaltyId: string,
    @Body() body: RecordPenaltyEnforcementRequest,
    @CurrentActor() actor: Actor,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CommandAccepted> {
    const result = await this.commandBus.execute(new RecordPenaltyEnforcementCommand(penaltyId, body, actor, request));
    response.setHeader('ETag', etagOf(BigInt(result.revision)));
    return result;
  }
}
