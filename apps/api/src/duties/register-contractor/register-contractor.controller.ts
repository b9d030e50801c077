import { Body, Controller, HttpCode, Post, Req, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Request, Response } from 'express';
import { CurrentActor } from '@hazard-ledger/auth';
import { Actor } from '@hazard-ledger/domain';
import { ApiCommandResponses } from '../../shared/api-command-responses';
import { CommandAccepted } from '../../shared/command-gateway';
import { etagOf } from '../../shared/etag';
import { dutyAccessNote } from '../shared/api-docs';
import { RegisterContractorCommand } from './register-contractor.command';
import { RegisterContractorRequest } from './register-contractor.request';

@ApiTags('contractors 外包单位')
@ApiBearerAuth()
@Controller('contractors')
export class RegisterContractorController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post()
  @HttpCode(201)
  @ApiOperation({
    summary: '登记外包单位 / Register a contractor (资质、合同期、作业内容)',
    description: dutyAccessNote('RegisterContractor'),
  })
  @ApiCommandResponses(201)
  async handle(
    @Body() body: RegisterContractorRequest,
    @CurrentActor() actor: Actor,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CommandAccepted> {
    const result = await this.commandBus.execute(new RegisterContractorCommand(body, actor, request));
    response.setHeader('ETag', etagOf(BigInt(result.revision)));
    return result;
  }
}
