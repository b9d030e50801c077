import { Inject, Injectable, UnprocessableEntityException } from '@nestjs/common';
import { FILE_STORE, FileStore, evidenceIn } from '@hazard-ledger/file-store';

/**
 * The one check, for every command of every aggregate: a cited file must be held by the store (uploaded first,
 * POST /files), unless the client marks it `pending` (offline capture) — then the record carries the flag until
 * bytes of that digest arrive. Files are addressed by SM3, so a held file is cited with alg "sm3".
 */
@Injectable()
export class EvidenceOnFile {
  constructor(@Inject(FILE_STORE) private readonly files: FileStore) {}

  async assertHeld(data: unknown): Promise<void> {
    const missing: string[] = [];
    for (const ref of evidenceIn(data)) {
      if (ref.pending === true) continue;
      if (ref.alg !== 'sm3' || !(await this.files.stat(ref.hash))) missing.push(`${ref.name} (${ref.alg} ${ref.hash})`);
    }
    if (missing.length > 0)
      throw new UnprocessableEntityException(
        `证据文件未上传：${missing.join('，')}；请先 POST /files，或标记 pending（离线采集）` +
          ` / Evidence not uploaded: ${missing.join(', ')}; upload it first (POST /files, cite its sm3 digest)` +
          ` or mark it pending (offline capture)`,
      );
  }
}
