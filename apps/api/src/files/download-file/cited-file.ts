import { BadRequestException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { ScopeTarget, assertCanRead } from '@hazard-ledger/auth';
import { Actor, RecordedEvent, formatPosition, streams } from '@hazard-ledger/domain';
import { EVENT_STORE, EventStore } from '@hazard-ledger/event-store';
import { FILE_DIGEST, evidenceIn } from '@hazard-ledger/file-store';
import { HazardDirectory } from '../../reads/hazard-directory';
import { MineDirectory } from '../../shared/mine-directory';
import { FileQuery } from './file-query';

export interface CitingRecord {
  recordType: 'hazard' | 'inspection';
  recordId: string;
  asOfPosition: string;
}

const RECORD = {
  hazard: { zh: '隐患', en: 'Hazard' },
  inspection: { zh: '检查', en: 'Inspection' },
} as const;

/**
 * A file is read through the record that cites it: who may read the hazard (the scope check of GET /hazards/:id)
 * or the inspection (its mine's read scope, as GET /inspections/:id) may read the files its events cite; a file
 * the record does not cite is not found through it.
 */
@Injectable()
export class CitedFile {
  constructor(
    private readonly hazards: HazardDirectory,
    private readonly mines: MineDirectory,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  async authorise(actor: Actor, digest: string, query: FileQuery): Promise<CitingRecord> {
    if (!FILE_DIGEST.test(digest))
      throw new BadRequestException('摘要须为 64 位小写十六进制 / The digest must be 64 lowercase hex digits');
    const [recordType, recordId] = citingRecordOf(query);
    const events = await this.store.readStream(streams[recordType](recordId));
    assertCanRead(actor, await this.scopeOf(recordType, recordId, events));
    const citing = events.filter((e) => evidenceIn(e.data).some((ref) => ref.alg === 'sm3' && ref.hash === digest));
    if (citing.length === 0)
      throw new NotFoundException(
        `${RECORD[recordType].zh} ${recordId} 未引用文件 ${digest} / ${RECORD[recordType].en} ${recordId} cites no file ${digest}`,
      );
    const last = events[events.length - 1];
    return { recordType, recordId, asOfPosition: formatPosition(last.logPosition) };
  }

  private async scopeOf(type: CitingRecord['recordType'], id: string, events: RecordedEvent[]): Promise<ScopeTarget> {
    if (type === 'hazard') return (await this.hazards.locate(id)).target;
    const mineId = (events[0]?.data as { mineId?: unknown } | undefined)?.mineId;
    if (typeof mineId !== 'string') throw new NotFoundException(`检查 ${id} 不存在 / Inspection ${id} does not exist`);
    return this.mines.scopeOf(mineId);
  }
}

/** Exactly one citing record: a hazard or an inspection. */
const citingRecordOf = ({ hazardId, inspectionId }: FileQuery): [CitingRecord['recordType'], string] => {
  if (hazardId !== undefined && inspectionId === undefined) return ['hazard', hazardId];
  if (inspectionId !== undefined && hazardId === undefined) return ['inspection', inspectionId];
  throw new BadRequestException(
    '须且只能指定 hazardId 或 inspectionId 之一 / Give exactly one of hazardId or inspectionId',
  );
};
