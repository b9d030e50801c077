import { Body, Controller, HttpCode, Param, Post, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Request, Response } from 'express';
import { CurrentActor } from '@hazard-ledger/auth';
import {
  Actor,
  HiddenFactor,
  HiddenFactorCommand,
  HiddenFactorCommandType,
  hiddenFactorCommandAccess as access,
  hiddenFactorDecider,
  streams,
} from '@hazard-ledger/domain';
import { newAggregateId } from '../shared/aggregate-id';
import { ApiCommandResponses } from '../shared/api-command-responses';
import { CommandAccepted } from '../shared/command-gateway';
import {
  CrossValidateHiddenFactorRequest,
  NoteRequest,
  RecordHiddenFactorRequest,
  RecordHiddenFactorTreatmentRequest,
} from './census-exam.requests';
import { DutyCommands, mineOfRecord } from './duty-command';

const roles = (t: HiddenFactorCommandType) => `角色 / roles: ${access[t].roles.join(', ')}（本矿 / own mine only）.`;
type Body = Omit<HiddenFactorCommand, 'metadata'>;

@ApiTags('hidden-factors 隐蔽致灾因素普查')
@ApiBearerAuth()
@Controller('hidden-factors')
export class HiddenFactorsController {
  constructor(private readonly commands: DutyCommands) {}

  private run(
    id: string,
    command: Body,
    mineOf: (s: HiddenFactor) => string | undefined,
    a: Actor,
    req: Request,
    res: Response,
  ) {
    const base = { id, streamId: streams.hiddenFactor(id), decider: hiddenFactorDecider };
    const c = {
      ...base,
      access: access[command.type],
      command,
      mineOf,
      record: ['隐蔽致灾因素', 'Hidden factor'] as [string, string],
    };
    return this.commands.run(c, a, req, res);
  }

  @Post()
  @HttpCode(201)
  @ApiOperation({
    summary: '登记隐蔽致灾因素 / Record a hidden factor of the census',
    description: roles('RecordHiddenFactor'),
  })
  @ApiCommandResponses(201)
  record(
    @Body() body: RecordHiddenFactorRequest,
    @CurrentActor() a: Actor,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<CommandAccepted> {
    const id = newAggregateId(req, 'hidden-factor');
    const command = { type: 'RecordHiddenFactor', data: { ...body, factorId: id } } as Body;
    return this.run(id, command, () => body.mineId, a, req, res);
  }

  @Post(':id/cross-validations')
  @HttpCode(200)
  @ApiOperation({
    summary: '相互验证 / Cross-validate with a second method',
    description: roles('CrossValidateHiddenFactor'),
  })
  @ApiCommandResponses(200)
  crossValidate(
    @Param('id') id: string,
    @Body() body: CrossValidateHiddenFactorRequest,
    @CurrentActor() a: Actor,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<CommandAccepted> {
    const { method, confirmed, note } = body;
    const command = { type: 'CrossValidateHiddenFactor', data: { factorId: id, method, confirmed, note } } as Body;
    return this.run(id, command, mineOfRecord, a, req, res);
  }

  @Post(':id/treatment')
  @HttpCode(200)
  @ApiOperation({
    summary: '治理进展 / Record treatment (in treatment, treated)',
    description: roles('RecordHiddenFactorTreatment'),
  })
  @ApiCommandResponses(200)
  treat(
    @Param('id') id: string,
    @Body() body: RecordHiddenFactorTreatmentRequest,
    @CurrentActor() a: Actor,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<CommandAccepted> {
    const command = {
      type: 'RecordHiddenFactorTreatment',
      data: { factorId: id, stage: body.stage, measures: body.measures },
    } as Body;
    return this.run(id, command, mineOfRecord, a, req, res);
  }

  @Post(':id/verification')
  @HttpCode(200)
  @ApiOperation({
    summary: '治理验收 / Verify the treatment (needs cross-validation)',
    description: roles('VerifyHiddenFactorTreatment'),
  })
  @ApiCommandResponses(200)
  verify(
    @Param('id') id: string,
    @Body() body: NoteRequest,
    @CurrentActor() a: Actor,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<CommandAccepted> {
    const command = { type: 'VerifyHiddenFactorTreatment', data: { factorId: id, note: body.note } } as Body;
    return this.run(id, command, mineOfRecord, a, req, res);
  }
}
