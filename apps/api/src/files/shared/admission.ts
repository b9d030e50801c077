import { HttpException, HttpStatus, UnsupportedMediaTypeException } from '@nestjs/common';
import { Transform, TransformCallback } from 'node:stream';
import { EvidenceFilePolicy, evidenceFilePolicyAt } from '@hazard-ledger/domain';
import { SNIFF_BYTES, SniffedType, sniffFileType } from '@hazard-ledger/file-store';

export class FileTooLarge extends HttpException {
  constructor(kind: string, limit: number, version: string) {
    super(
      `文件超过${kind}类证据的大小上限 ${limit} 字节（${version}）/ The file exceeds the ${kind} size limit of ` +
        `${limit} bytes (${version})`,
      HttpStatus.PAYLOAD_TOO_LARGE,
    );
  }
}

export const unsupportedType = (): UnsupportedMediaTypeException =>
  new UnsupportedMediaTypeException(
    '文件类型不被接受：仅接受照片（JPEG/PNG/WebP）、视频（MP4/MOV）和 PDF，按文件内容判断，不看文件名 / ' +
      'File type not accepted: photos (JPEG/PNG/WebP), video (MP4/MOV) and PDF only, judged from the content, not the name',
  );

/**
 * Admits the bytes of an upload as they stream: the type from the first bytes (magic number), then the size
 * limit of that kind under the policy in force. Fails the stream at the first byte too many: nothing is stored.
 */
export class Admission extends Transform {
  readonly policy: EvidenceFilePolicy;
  type: SniffedType | undefined;
  private head: Buffer[] = [];
  private seen = 0;

  constructor(now: string) {
    super();
    this.policy = evidenceFilePolicyAt(now);
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    this.seen += chunk.length;
    if (!this.type) {
      this.head.push(chunk);
      if (this.seen < SNIFF_BYTES) return done();
      const head = Buffer.concat(this.head);
      this.head = [];
      this.type = sniffFileType(head);
      if (!this.type) return done(unsupportedType());
      chunk = head;
    }
    const limit = this.policy.maxBytes[this.type.kind];
    if (this.seen > limit) return done(new FileTooLarge(this.type.kind, limit, this.policy.version));
    done(null, chunk);
  }

  override _flush(done: TransformCallback): void {
    // Shorter than any signature: nothing could be recognised.
    if (!this.type) return done(unsupportedType());
    done();
  }
}
