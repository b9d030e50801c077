import { Body, Controller, HttpCode, Param, Post, Req, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Request, Response } from 'express';
import { CurrentActor } from '@hazard-ledger/auth';
import { Actor } from '@hazard-ledger/domain';
import { ApiCommandResponses } from '../../shared/api-command-responses';
import { CommandAccepted } from '../../shared/command-gateway';
import { etagOf } from '../../shared/etag';
import { dutyAccessNote } from '../shared/api-docs';
import { RecordOperatorCertificateCommand } from './record-operator-certificate.command';
import { RecordOperatorCertificateRequest } from './record-operator-certificate.request';

@ApiTags('enterprise-files 一企一档')
@ApiBearerAuth()
@Controller('enterprise-files/:mineId')
export class RecordOperatorCertificateController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post('certificates')
  @HttpCode(200)
  @ApiOperation({
    summary: '特种作业操作证登记/复审 / Record or renew an operator certificate',
    description: dutyAccessNote('RecordOperatorCertificate'),
  })
  @ApiCommandResponses(200)
  async handle(
    @Param('mineId') mineId: string,
    @Body() body: RecordOperatorCertificateRequest,
    @CurrentActor() actor: Actor,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CommandAccepted> {
    const result = await this.commandBus.execute(new RecordOperatorCertificateCommand(mineId, body, actor, request));
    response.setHeader('ETag', etagOf(BigInt(result.revision)));
    return result;
  }
}
