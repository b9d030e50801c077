import { BadRequestException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { assertCanRead } from '@hazard-ledger/auth';
import { Actor, formatPosition, streams } from '@hazard-ledger/domain';
import { EVENT_STORE, EventStore } from '@hazard-ledger/event-store';
import { FILE_DIGEST, evidenceIn } from '@hazard-ledger/file-store';
import { HazardDirectory } from '../../reads/hazard-directory';

export interface CitingRecord {
  recordType: 'hazard';
  recordId: string;
  asOfPosition: string;
}

/**
 * A file is read through the record that cites it: who may read the hazard (the scope check of GET /hazards/:id)
 * may read the files its events cite; a file the record does not cite is not found through it.
 */
@Injectable()
export class CitedFile {
  constructor(
    private readonly hazards: HazardDirectory,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  async authorise(actor: Actor, digest: string, hazardId: string): Promise<CitingRecord> {
    if (!FILE_DIGEST.test(digest))
      throw new BadRequestException('摘要须为 64 位小写十六进制 / The digest must be 64 lowercase hex digits');
    const { target } = await this.hazards.locate(hazardId);
    assertCanRead(actor, target);
    const events = await this.store.readStream(streams.hazard(hazardId));
    const citing = events.filter((e) => evidenceIn(e.data).some((ref) => ref.alg === 'sm3' && ref.hash === digest));
    if (citing.length === 0)
      throw new NotFoundException(`隐患 ${hazardId} 未引用文件 ${digest} / Hazard ${hazardId} cites no file ${digest}`);
    const last = events[events.length - 1];
    return { recordType: 'hazard', recordId: hazardId, asOfPosition: formatPosition(last.logPosition) };
  }
}
