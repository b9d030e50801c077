import { Controller, Get, Inject, NotFoundException, Param, Query, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProduces, ApiResponse, ApiTags } from '@nestjs/swagger';
import { Request, Response } from 'express';
import { CurrentActor } from '@hazard-ledger/auth';
import { Actor } from '@hazard-ledger/domain';
import { FILE_STORE, FileStore, sniffFileType } from '@hazard-ledger/file-store';
import { buffer } from 'node:stream/consumers';
import { AccessRecorder } from '../../reads/record-access';
import { MetricsService } from '../../metrics/metrics.service';
import { ApiProblemResponse } from '../../shared/problem-responses';
import { requestedRange } from './byte-range';
import { CitedFile } from './cited-file';
import { FileQuery } from './file-query';
import { raiseAlteredAlarm, serveVerified } from './serve-verified';

@ApiTags('files 证据文件')
@ApiBearerAuth()
@Controller('files')
export class DownloadFileController {
  constructor(
    @Inject(FILE_STORE) private readonly files: FileStore,
    private readonly cited: CitedFile,
    private readonly access: AccessRecorder,
    private readonly metrics: MetricsService,
  ) {}

  @Get(':digest')
  @ApiOperation({
    summary: '下载证据文件（逐字节校验）/ Download an evidence file, verified against its digest as it is sent',
    description:
      '支持 Range（视频）/ Supports Range requests (206) for footage. 经引用它的隐患授权 / Authorised through the citing hazard or inspection.',
  })
  @ApiProduces('application/octet-stream')
  @ApiResponse({ status: 200, description: '文件内容 / The bytes', content: { 'application/octet-stream': {} } })
  @ApiResponse({ status: 206, description: '部分内容 / A byte range', content: { 'application/octet-stream': {} } })
  @ApiProblemResponse(
    404,
    '未找到 / Not found',
    '隐患未引用该文件，或文件待上传 / Not cited by the hazard, or pending upload',
  )
  @ApiProblemResponse(416, '范围无效 / Range not satisfiable', '请求的范围超出文件 / The range is outside the file')
  async download(
    @Param('digest') digest: string,
    @Query() query: FileQuery,
    @CurrentActor() actor: Actor,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    const citing = await this.cited.authorise(actor, digest, query);
    const size = await this.heldSize(digest);
    const range = requestedRange(request, size);
    const mime = await this.mimeOf(digest);
    await this.access.record(actor, request, {
      recordType: 'file',
      recordIds: [digest],
      asOfPosition: citing.asOfPosition,
    });
    response.status(range ? 206 : 200);
    response.set({
      'Content-Type': mime,
      'Content-Length': String(range ? range.end - range.start + 1 : size),
      'Accept-Ranges': 'bytes',
      ETag: `"sm3-${digest}"`,
      'Cache-Control': 'private, max-age=31536000, immutable',
      'X-Content-Type-Options': 'nosniff',
      ...(range ? { 'Content-Range': `bytes ${range.start}-${range.end}/${size}` } : {}),
    });
    await serveVerified(this.files, digest, range, response, (e) =>
      raiseAlteredAlarm(e, () => this.metrics.evidenceFilesAltered.inc()),
    );
  }

  private async heldSize(digest: string): Promise<number> {
    const held = await this.files.stat(digest);
    if (!held)
      throw new NotFoundException(
        `文件 ${digest} 待上传（离线采集），尚未收到 / File ${digest} is pending upload: its bytes have not arrived`,
      );
    return held.size;
  }

  private async mimeOf(digest: string): Promise<string> {
    const head = await buffer(await this.files.open(digest, { start: 0, end: 15 }));
    return sniffFileType(head)?.mime ?? 'application/octet-stream';
  }
}
