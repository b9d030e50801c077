import { Body, Controller, HttpCode, Param, Post, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Request, Response } from 'express';
import { CurrentActor } from '@hazard-ledger/auth';
import {
  Actor,
  EnterpriseFileCommand,
  enterpriseFileCommandAccess as access,
  enterpriseFileDecider,
  streams,
} from '@hazard-ledger/domain';
import { ApiCommandResponses } from '../shared/api-command-responses';
import { CommandAccepted } from '../shared/command-gateway';
import { DutyCommands } from './duty-command';
import {
  AddSafetyEngineerRequest,
  AppointFilePersonRequest,
  ReasonRequest,
  RecordOperatorCertificateRequest,
  RecordSafetyFundsRequest,
  SetSafetyDepartmentRequest,
} from './enterprise-file.requests';

const ROLES = `角色 / roles: ${access.AppointFilePerson.roles.join(', ')}（本矿 / own mine only）. 每次变更记录人和时间 / every change keeps who and when.`;
type Body = Omit<EnterpriseFileCommand, 'metadata'>;

/** 一企一档: the mine's file, one stream per mine; the mine in the path is the scope. */
@ApiTags('enterprise-files 一企一档')
@ApiBearerAuth()
@Controller('enterprise-files/:mineId')
export class EnterpriseFilesController {
  constructor(private readonly commands: DutyCommands) {}

  private run(mineId: string, command: Body, a: Actor, req: Request, res: Response): Promise<CommandAccepted> {
    const base = { id: mineId, streamId: streams.enterpriseFile(mineId), decider: enterpriseFileDecider };
    const c = {
      ...base,
      access: access[command.type],
      command,
      mineOf: () => mineId,
      record: ['矿山档案', 'Enterprise file'] as [string, string],
    };
    return this.commands.run(c, a, req, res);
  }

  @Post('people')
  @HttpCode(200)
  @ApiOperation({
    summary: '任命法定代表人/主要负责人/安全负责人/技术负责人 / Appoint a post holder',
    description: ROLES,
  })
  @ApiCommandResponses(200)
  appoint(
    @Param('mineId') mineId: string,
    @Body() b: AppointFilePersonRequest,
    @CurrentActor() a: Actor,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ) {
    return this.run(
      mineId,
      { type: 'AppointFilePerson', data: { mineId, post: b.post, name: b.name, since: b.since } } as Body,
      a,
      req,
      res,
    );
  }

  @Post('safety-department')
  @HttpCode(200)
  @ApiOperation({ summary: '安全管理机构 / Set the safety department', description: ROLES })
  @ApiCommandResponses(200)
  department(
    @Param('mineId') mineId: string,
    @Body() b: SetSafetyDepartmentRequest,
    @CurrentActor() a: Actor,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ) {
    const data = { mineId, name: b.name, head: b.head, fullTimeStaff: b.fullTimeStaff };
    return this.run(mineId, { type: 'SetSafetyDepartment', data }, a, req, res);
  }

  @Post('engineers')
  @HttpCode(200)
  @ApiOperation({ summary: '注册安全工程师入档 / Add a registered safety engineer', description: ROLES })
  @ApiCommandResponses(200)
  addEngineer(
    @Param('mineId') mineId: string,
    @Body() b: AddSafetyEngineerRequest,
    @CurrentActor() a: Actor,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ) {
    const data = { mineId, registrationNo: b.registrationNo, name: b.name, validUntil: b.validUntil };
    return this.run(mineId, { type: 'AddSafetyEngineer', data }, a, req, res);
  }

  @Post('engineers/:registrationNo/removal')
  @HttpCode(200)
  @ApiOperation({ summary: '注册安全工程师出档 / Remove a registered safety engineer', description: ROLES })
  @ApiCommandResponses(200)
  removeEngineer(
    @Param('mineId') mineId: string,
    @Param('registrationNo') registrationNo: string,
    @Body() b: ReasonRequest,
    @CurrentActor() a: Actor,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ) {
    return this.run(
      mineId,
      { type: 'RemoveSafetyEngineer', data: { mineId, registrationNo, reason: b.reason } },
      a,
      req,
      res,
    );
  }

  @Post('certificates')
  @HttpCode(200)
  @ApiOperation({ summary: '特种作业操作证登记/复审 / Record or renew an operator certificate', description: ROLES })
  @ApiCommandResponses(200)
  certificate(
    @Param('mineId') mineId: string,
    @Body() b: RecordOperatorCertificateRequest,
    @CurrentActor() a: Actor,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ) {
    const data = {
      mineId,
      certificateNo: b.certificateNo,
      name: b.name,
      operationType: b.operationType,
      validUntil: b.validUntil,
    };
    return this.run(mineId, { type: 'RecordOperatorCertificate', data }, a, req, res);
  }

  @Post('certificates/:certificateNo/revocation')
  @HttpCode(200)
  @ApiOperation({ summary: '特种作业操作证吊销 / Revoke an operator certificate', description: ROLES })
  @ApiCommandResponses(200)
  revoke(
    @Param('mineId') mineId: string,
    @Param('certificateNo') certificateNo: string,
    @Body() b: ReasonRequest,
    @CurrentActor() a: Actor,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ) {
    return this.run(
      mineId,
      { type: 'RevokeOperatorCertificate', data: { mineId, certificateNo, reason: b.reason } },
      a,
      req,
      res,
    );
  }

  @Post('safety-funds')
  @HttpCode(200)
  @ApiOperation({ summary: '安全生产费用提取/使用 / Record a year’s safety funds drawn and used', description: ROLES })
  @ApiCommandResponses(200)
  funds(
    @Param('mineId') mineId: string,
    @Body() b: RecordSafetyFundsRequest,
    @CurrentActor() a: Actor,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ) {
    const data = { mineId, year: b.year, drawnYuan: b.drawnYuan, usedYuan: b.usedYuan };
    return this.run(mineId, { type: 'RecordSafetyFunds', data }, a, req, res);
  }
}
