import { All, Controller, ForbiddenException, HttpException, Inject, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiExcludeEndpoint, ApiTags } from '@nestjs/swagger';
import { Request, Response } from 'express';
import { IncomingMessage, ServerResponse } from 'node:http';
import { pipeline } from 'node:stream/promises';
import { Server, Upload } from '@tus/server';
import { FileStore as TusFileStore } from '@tus/file-store';
import { CurrentActor } from '@hazard-ledger/auth';
import { Actor, evidenceFilePolicyAt } from '@hazard-ledger/domain';
import { FILE_STORE, FileStore, uploadsDirFromEnv } from '@hazard-ledger/file-store';
import { CLOCK, Clock } from '../../shared/clock';
import { Admission } from '../shared/admission';
import { assertMayUpload } from '../shared/uploaders';

const problemBody = (error: HttpException): string =>
  JSON.stringify({ type: 'about:blank', title: error.name, status: error.getStatus(), detail: error.message });

/**
 * Resumable uploads (tus 1.0: creation, HEAD for the offset, PATCH to resume) for long recorder footage. A
 * finished upload passes the same admission (type, size policy) and lands in the same content-addressed store;
 * the answer to the last PATCH carries its digest in `Upload-Sm3`.
 */
@ApiTags('files 证据文件')
@ApiBearerAuth()
@Controller('files/uploads')
export class ResumableUploadController {
  private readonly tus: Server;
  private readonly pending: TusFileStore;

  constructor(
    @Inject(FILE_STORE) private readonly files: FileStore,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {
    this.pending = new TusFileStore({ directory: uploadsDirFromEnv(process.env) });
    this.tus = new Server({
      path: '/files/uploads',
      datastore: this.pending,
      relativeLocation: true,
      maxSize: () => Math.max(...Object.values(evidenceFilePolicyAt(this.clock.now()).maxBytes)),
      // The uploader is written into the upload's metadata; only they may resume it (HEAD/PATCH).
      onUploadCreate: async (req: IncomingMessage, res: ServerResponse, upload: Upload) => ({
        res,
        metadata: { ...upload.metadata, owner: (req as Request & { actor: Actor }).actor.id },
      }),
      onUploadFinish: (_req: IncomingMessage, res: ServerResponse, upload: Upload) => this.finish(res, upload),
    });
  }

  @All(['', '*path'])
  @ApiExcludeEndpoint()
  async handle(@Req() request: Request, @Res() response: Response, @CurrentActor() actor: Actor): Promise<void> {
    assertMayUpload(actor);
    await this.assertOwnUpload(request, actor);
    await this.tus.handle(request, response);
  }

  private async assertOwnUpload(request: Request, actor: Actor): Promise<void> {
    const id = /^\/files\/uploads\/([^/?]+)/.exec(request.originalUrl)?.[1];
    if (!id || request.method === 'POST' || request.method === 'OPTIONS') return;
    const upload = await this.pending.getUpload(decodeURIComponent(id)).catch(() => undefined);
    // An unknown id is left to tus (404); someone else's upload is refused before tus touches it.
    if (upload && upload.metadata?.owner !== actor.id)
      throw new ForbiddenException('只能续传自己的上传 / Only the uploader may resume an upload');
  }

  private async finish(res: ServerResponse, upload: Upload) {
    const admission = new Admission(this.clock.now());
    try {
      const [stored] = await Promise.all([
        this.files.put(admission),
        pipeline(this.pending.read(upload.id), admission),
      ]);
      return { res, headers: { 'Upload-Sm3': stored.digest, 'Upload-Mime': admission.type?.mime ?? '' } };
    } catch (error) {
      if (error instanceof HttpException) throw { status_code: error.getStatus(), body: problemBody(error) };
      throw error;
    } finally {
      await this.pending.remove(upload.id).catch(() => undefined);
    }
  }
}
