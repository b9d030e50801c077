import { Controller, HttpCode, Inject, Post, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Request } from 'express';
import { pipeline } from 'node:stream/promises';
import { CurrentActor } from '@hazard-ledger/auth';
import { Actor } from '@hazard-ledger/domain';
import { FILE_STORE, FileStore } from '@hazard-ledger/file-store';
import { CLOCK, Clock } from '../../shared/clock';
import { ApiProblemResponse } from '../../shared/problem-responses';
import { Admission } from '../shared/admission';
import { UploadedFileView } from '../shared/uploaded-file';
import { assertMayUpload } from '../shared/uploaders';
import { receiveOneFile } from './receive-multipart';

@ApiTags('files 证据文件')
@ApiBearerAuth()
@Controller('files')
export class UploadFileController {
  constructor(
    @Inject(FILE_STORE) private readonly files: FileStore,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Post()
  @HttpCode(201)
  @ApiOperation({
    summary: '上传证据文件 / Upload an evidence file (photo, recorder footage, scanned document)',
    description:
      '流式接收，服务端计算 SM3；引用时用返回的 hash / Streamed; the server computes the SM3 digest: cite the returned hash. ' +
      'Large footage: resumable uploads (tus) at /files/uploads.',
  })
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: { type: 'object', required: ['file'], properties: { file: { type: 'string', format: 'binary' } } },
  })
  @ApiCreatedResponse({ type: UploadedFileView })
  @ApiProblemResponse(400, '请求无效 / Bad request', 'multipart 格式错误 / Malformed multipart body')
  @ApiProblemResponse(413, '文件过大 / Too large', '超过该类证据的大小上限 / Exceeds the size limit of its kind')
  @ApiProblemResponse(
    415,
    '类型不被接受 / Unsupported type',
    '按内容判断的类型不被接受 / Type (from content) not accepted',
  )
  async upload(@Req() request: Request, @CurrentActor() actor: Actor): Promise<UploadedFileView> {
    assertMayUpload(actor);
    return receiveOneFile(request, async ({ name, stream }) => {
      const admission = new Admission(this.clock.now());
      const stored = await Promise.all([this.files.put(admission), pipeline(stream, admission)]).then(([s]) => s);
      const type = admission.type as NonNullable<Admission['type']>;
      return {
        hash: stored.digest,
        alg: 'sm3',
        name,
        mime: type.mime,
        kind: type.kind,
        size: stored.size,
        created: stored.created,
        policyVersion: admission.policy.version,
      };
    });
  }
}
