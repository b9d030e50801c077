import { Controller, Get, NotFoundException, Param, Query, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Request } from 'express';
import { CurrentActor, assertCanRead } from '@hazard-ledger/auth';
import { Actor } from '@hazard-ledger/domain';
import { GetHazardQuery } from '../../hazards/get-hazard/get-hazard.query';
import { AccessRecorder } from '../../reads/record-access';
import { MineDirectory } from '../../shared/mine-directory';
import { ApiProblemResponse } from '../../shared/problem-responses';
import { DocumentDirectory } from '../shared/document-directory';
import { DocumentView, documentViewOf } from '../shared/document-view';

@ApiTags('documents 执法文书')
@ApiBearerAuth()
@Controller('documents')
export class GetDocumentController {
  constructor(
    private readonly documents: DocumentDirectory,
    private readonly mines: MineDirectory,
    private readonly access: AccessRecorder,
  ) {}

  @Get(':id')
  @ApiOperation({
    summary: '执法文书及其每一版本（可回溯）/ A document with every version, now or as of a past time',
    description: 'asOf = 系统时间 / system time (recordedAt); validAt = 有效时间 / valid time (occurredAt).',
  })
  @ApiOkResponse({ schema: { example: { document: { status: 'served', version: 2 }, versions: [], revision: '4' } } })
  @ApiProblemResponse(404, '未找到 / Not found', '文书不存在（或当时尚未起草）/ No such document (or not yet then)')
  async get(
    @Param('id') id: string,
    @Query() { asOf, validAt }: GetHazardQuery,
    @CurrentActor() actor: Actor,
    @Req() request: Request,
  ): Promise<DocumentView> {
    // Scope is today's: who may read a document does not depend on the time being looked at.
    const current = await this.documents.find(id);
    if (current.document.status === 'none')
      throw new NotFoundException(`文书 ${id} 不存在 / Document ${id} does not exist`);
    assertCanRead(actor, await this.mines.scopeOf(current.document.mineId));
    const cut =
      asOf || validAt ? await this.documents.find(id, { toRecordedAt: asOf, toOccurredAt: validAt }) : current;
    if (cut.document.status === 'none')
      throw new NotFoundException(`文书 ${id} 当时尚未起草 / Document ${id} was not drafted at that time`);
    const view = documentViewOf(cut.document, cut.events);
    await this.access.record(actor, request, {
      recordType: 'document',
      recordIds: [id],
      asOfPosition: view.asOfPosition,
    });
    return { ...view, ...(asOf ? { asOf } : {}), ...(validAt ? { validAt } : {}) };
  }
}
