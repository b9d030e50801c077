import {
  Controller,
  Get,
  Inject,
  InternalServerErrorException,
  NotFoundException,
  Param,
  Query,
  Req,
  Res,
} from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProduces, ApiResponse, ApiTags } from '@nestjs/swagger';
import { Request, Response } from 'express';
import sharp from 'sharp';
import { buffer } from 'node:stream/consumers';
import { CurrentActor } from '@hazard-ledger/auth';
import { Actor } from '@hazard-ledger/domain';
import { FILE_STORE, FileAltered, FileStore, VerifyingRead, sniffFileType } from '@hazard-ledger/file-store';
import { AccessRecorder } from '../../reads/record-access';
import { MetricsService } from '../../metrics/metrics.service';
import { ApiProblemResponse } from '../../shared/problem-responses';
import { CitedFile } from './cited-file';
import { FileQuery } from './file-query';
import { raiseAlteredAlarm } from './serve-verified';

const EDGE_PX = 320;

@ApiTags('files 证据文件')
@ApiBearerAuth()
@Controller('files')
export class ThumbnailController {
  constructor(
    @Inject(FILE_STORE) private readonly files: FileStore,
    private readonly cited: CitedFile,
    private readonly access: AccessRecorder,
    private readonly metrics: MetricsService,
  ) {}

  @Get(':digest/thumbnail')
  @ApiOperation({
    summary: '照片缩略图（原图校验后生成）/ Thumbnail of a photo, made from the verified original',
  })
  @ApiProduces('image/jpeg')
  @ApiResponse({
    status: 200,
    description: `JPEG，长边 ≤ ${EDGE_PX}px / JPEG, longest edge ≤ ${EDGE_PX}px`,
    content: { 'image/jpeg': {} },
  })
  @ApiProblemResponse(404, '未找到 / Not found', '未引用、待上传或不是照片 / Not cited, pending upload, or not a photo')
  async thumbnail(
    @Param('digest') digest: string,
    @Query() query: FileQuery,
    @CurrentActor() actor: Actor,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    const citing = await this.cited.authorise(actor, digest, query);
    const original = await this.verifiedImage(digest);
    const jpeg = await sharp(original)
      .rotate()
      .resize(EDGE_PX, EDGE_PX, { fit: 'inside' })
      .jpeg({ quality: 80 })
      .toBuffer();
    await this.access.record(actor, request, {
      recordType: 'file',
      recordIds: [digest],
      asOfPosition: citing.asOfPosition,
    });
    response.status(200).set({ 'Content-Type': 'image/jpeg', 'Cache-Control': 'private, max-age=86400' }).end(jpeg);
  }

  // Photos are bounded by the size policy, so the verified original is held in memory for sharp.
  private async verifiedImage(digest: string): Promise<Buffer> {
    if (!(await this.files.stat(digest)))
      throw new NotFoundException(`文件 ${digest} 待上传 / File ${digest} is pending upload`);
    let bytes: Buffer;
    try {
      bytes = await buffer((await this.files.open(digest)).pipe(new VerifyingRead(digest)));
    } catch (error) {
      if (!(error instanceof FileAltered)) throw error;
      raiseAlteredAlarm(error, () => this.metrics.evidenceFilesAltered.inc());
      throw new InternalServerErrorException('证据文件已被改动，拒绝提供 / The evidence file was altered: refused');
    }
    if (sniffFileType(bytes.subarray(0, 16))?.kind !== 'image')
      throw new NotFoundException('此文件不是照片，无缩略图 / Not a photo: no thumbnail');
    return bytes;
  }
}
