import { Body, Controller, HttpCode, Param, Post, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Request, Response } from 'express';
import { CurrentActor } from '@hazard-ledger/auth';
import {
  Actor,
  ExamCampaign,
  ExamCampaignCommand,
  ExamCampaignCommandType,
  examCampaignCommandAccess as access,
  examCampaignDecider,
  physicalExamPolicyInForce,
  streams,
} from '@hazard-ledger/domain';
import { newAggregateId } from '../shared/aggregate-id';
import { ApiCommandResponses } from '../shared/api-command-responses';
import { CommandAccepted } from '../shared/command-gateway';
import {
  LaunchExamCampaignRequest,
  NoteRequest,
  RecordExamFindingRequest,
  RecordExamRectificationRequest,
} from './census-exam.requests';
import { DutyCommands, mineOfRecord } from './duty-command';

const roles = (t: ExamCampaignCommandType) =>
  `角色 / roles: ${access[t].roles.join(', ')}（${t === 'RecordExamRectification' ? '本矿 / own mine' : '本辖区 / in the mine’s jurisdiction'}）.`;
type Body = Omit<ExamCampaignCommand, 'metadata'>;

@ApiTags('exam-campaigns 体检式精查')
@ApiBearerAuth()
@Controller('exam-campaigns')
export class ExamCampaignsController {
  constructor(private readonly commands: DutyCommands) {}

  private run(
    id: string,
    command: Body,
    mineOf: (s: ExamCampaign) => string | undefined,
    a: Actor,
    req: Request,
    res: Response,
  ) {
    const base = {
      id,
      streamId: streams.examCampaign(id),
      decider: examCampaignDecider,
      record: ['体检式精查', 'Exam campaign'] as [string, string],
    };
    return this.commands.run({ ...base, access: access[command.type], command, mineOf }, a, req, res);
  }

  @Post()
  @HttpCode(201)
  @ApiOperation({
    summary: '启动体检式精查 / Launch a mine’s 体检式精查 with its items, owners and deadlines',
    description: roles('LaunchExamCampaign'),
  })
  @ApiCommandResponses(201)
  launch(
    @Body() body: LaunchExamCampaignRequest,
    @CurrentActor() a: Actor,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<CommandAccepted> {
    const id = newAggregateId(req, 'exam-campaign');
    // The notice's dates are policy data (physical-exam@2024.1): an item without its own deadline takes 整改 by year end.
    const policy = physicalExamPolicyInForce(this.commands.clock.now());
    const items = body.items.map((i) => ({
      itemId: i.itemId,
      item: i.item,
      owner: i.owner,
      deadline: i.deadline ?? policy.rectifyBy,
    }));
    const data = { campaignId: id, mineId: body.mineId, title: body.title, items, policyVersion: policy.version };
    return this.run(id, { type: 'LaunchExamCampaign', data }, () => body.mineId, a, req, res);
  }

  @Post(':id/items/:itemId/finding')
  @HttpCode(200)
  @ApiOperation({ summary: '记录精查发现的问题 / Record an item’s finding', description: roles('RecordExamFinding') })
  @ApiCommandResponses(200)
  finding(
    @Param('id') id: string,
    @Param('itemId') itemId: string,
    @Body() body: RecordExamFindingRequest,
    @CurrentActor() a: Actor,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<CommandAccepted> {
    const data = { campaignId: id, itemId, finding: body.finding, hazardId: body.hazardId ?? null };
    return this.run(id, { type: 'RecordExamFinding', data }, mineOfRecord, a, req, res);
  }

  @Post(':id/items/:itemId/rectification')
  @HttpCode(200)
  @ApiOperation({
    summary: '企业整改 / Record the mine’s rectification of an item',
    description: roles('RecordExamRectification'),
  })
  @ApiCommandResponses(200)
  rectify(
    @Param('id') id: string,
    @Param('itemId') itemId: string,
    @Body() body: RecordExamRectificationRequest,
    @CurrentActor() a: Actor,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<CommandAccepted> {
    const data = { campaignId: id, itemId, rectification: body.rectification };
    return this.run(id, { type: 'RecordExamRectification', data }, mineOfRecord, a, req, res);
  }

  @Post(':id/items/:itemId/closure')
  @HttpCode(200)
  @ApiOperation({
    summary: '销项 / Close an item (after rectification, or with no finding)',
    description: roles('CloseExamItem'),
  })
  @ApiCommandResponses(200)
  close(
    @Param('id') id: string,
    @Param('itemId') itemId: string,
    @Body() body: NoteRequest,
    @CurrentActor() a: Actor,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<CommandAccepted> {
    return this.run(
      id,
      { type: 'CloseExamItem', data: { campaignId: id, itemId, note: body.note } },
      mineOfRecord,
      a,
      req,
      res,
    );
  }
}
