import { Body, Controller, HttpCode, Param, Post, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Request, Response } from 'express';
import { CurrentActor } from '@hazard-ledger/auth';
import {
  Actor,
  ContractorCommand,
  contractorCommandAccess as access,
  contractorDecider,
  contractorsPolicyInForce,
  streams,
} from '@hazard-ledger/domain';
import { newAggregateId } from '../shared/aggregate-id';
import { ApiCommandResponses } from '../shared/api-command-responses';
import { CommandAccepted } from '../shared/command-gateway';
import { DutyCommands, mineOfRecord } from './duty-command';
import {
  EndContractorContractRequest,
  RecordContractorAssessmentRequest,
  RegisterContractorRequest,
} from './contractors.requests';

const ROLES = `角色 / roles: ${access.RegisterContractor.roles.join(', ')}（本矿 / own mine only）.`;
const RECORD: [string, string] = ['外包单位', 'Contractor'];

@ApiTags('contractors 外包单位')
@ApiBearerAuth()
@Controller('contractors')
export class ContractorsController {
  constructor(private readonly commands: DutyCommands) {}

  private on(id: string, command: Omit<ContractorCommand, 'metadata'>, a: Actor, req: Request, res: Response) {
    const base = { id, streamId: streams.contractor(id), decider: contractorDecider, record: RECORD };
    return this.commands.run({ ...base, access: access[command.type], command, mineOf: mineOfRecord }, a, req, res);
  }

  @Post()
  @HttpCode(201)
  @ApiOperation({ summary: '登记外包单位 / Register a contractor (资质、合同期、作业内容)', description: ROLES })
  @ApiCommandResponses(201)
  register(
    @Body() body: RegisterContractorRequest,
    @CurrentActor() actor: Actor,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<CommandAccepted> {
    const id = newAggregateId(req, 'contractor');
    const { version } = contractorsPolicyInForce(this.commands.clock.now());
    const data = { ...body, contractorId: id, subcontractorOf: body.subcontractorOf ?? null, policyVersion: version };
    const base = { id, streamId: streams.contractor(id), decider: contractorDecider, record: RECORD };
    const command = { type: 'RegisterContractor' as const, data };
    return this.commands.run(
      { ...base, access: access.RegisterContractor, command, mineOf: () => body.mineId },
      actor,
      req,
      res,
    );
  }

  @Post(':id/assessments')
  @HttpCode(200)
  @ApiOperation({ summary: '月度绩效考核 / Record a contractor’s monthly assessment', description: ROLES })
  @ApiCommandResponses(200)
  assess(
    @Param('id') id: string,
    @Body() body: RecordContractorAssessmentRequest,
    @CurrentActor() actor: Actor,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<CommandAccepted> {
    const { month, score, findings } = body;
    const data = { contractorId: id, month, score, findings };
    return this.on(id, { type: 'RecordContractorAssessment', data }, actor, req, res);
  }

  @Post(':id/end')
  @HttpCode(200)
  @ApiOperation({ summary: '终止外包合同 / End a contractor’s contract', description: ROLES })
  @ApiCommandResponses(200)
  end(
    @Param('id') id: string,
    @Body() body: EndContractorContractRequest,
    @CurrentActor() actor: Actor,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<CommandAccepted> {
    const data = { contractorId: id, endedOn: body.endedOn, reason: body.reason };
    return this.on(id, { type: 'EndContractorContract', data }, actor, req, res);
  }
}
