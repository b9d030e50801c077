import { Injectable, PayloadTooLargeException } from '@nestjs/common';
import { Request } from 'express';
import { EntityManager } from 'typeorm';
import { Actor } from '@hazard-ledger/domain';
import { Page, queryDocumentRegister, queryPenaltyRegister } from '@hazard-ledger/read-models';
import { cursorErrors, readWant, timeOf } from '../ledgers/ledger-read';
import { AccessRecorder } from '../reads/record-access';
import { ReadStamp, ReadStamps } from '../reads/read-stamp.service';
import { readScopeOf } from '../reads/read-scope';
import { DocumentRegisterQueryDto, PenaltyRegisterQueryDto } from './register.query-dto';

type Row = Record<string, unknown>;
const MAX_ROWS = 100_000;
const PAGE = 1_000;

export const REGISTERS = {
  'document-register': {
    key: 'documentId',
    query: (db: EntityManager, q: DocumentRegisterQueryDto, base: object) =>
      queryDocumentRegister(db, {
        ...base,
        ...pick(q, ['kind', 'status', 'amendedAfterSigning', 'neverServed']),
      } as never),
  },
  'penalty-register': {
    key: 'penaltyId',
    query: (db: EntityManager, q: PenaltyRegisterQueryDto, base: object) =>
      queryPenaltyRegister(db, { ...base, ...pick(q, ['belowMinimum', 'noIndividualTarget', 'fullyPaid']) } as never),
  },
} as const;
export type RegisterName = keyof typeof REGISTERS;

const pick = (q: object, keys: string[]) =>
  Object.fromEntries(keys.map((k) => [k, (q as Record<string, unknown>)[k]]).filter(([, v]) => v !== undefined));

/** Stamp, query, record the access, answer: as the board reads do. `all` pages through for an export. */
@Injectable()
export class RegisterReader {
  constructor(
    private readonly stamps: ReadStamps,
    private readonly access: AccessRecorder,
  ) {}

  async read(
    name: RegisterName,
    q: DocumentRegisterQueryDto & PenaltyRegisterQueryDto,
    actor: Actor,
    request: Request,
    options: { kind?: 'read' | 'export' } = {},
  ): Promise<Page<Row> & ReadStamp & { asOf?: string; validAt?: string }> {
    const register = REGISTERS[name];
    const base = { scope: readScopeOf(actor), mineId: q.mineId, jurisdiction: q.jurisdiction, ...timeOf(q) };
    const all = options.kind === 'export';
    const { result: page, stamp } = await this.stamps.read(
      name,
      async (manager) => {
        const items: Row[] = [];
        let cursor = q.cursor;
        let total = 0;
        do {
          const next = await cursorErrors(() =>
            register.query(manager, q, { ...base, limit: all ? PAGE : (q.limit ?? 50), cursor }),
          );
          if (all && next.total > MAX_ROWS)
            throw new PayloadTooLargeException(
              `导出超过 ${MAX_ROWS} 行，请缩小筛选范围 / More than ${MAX_ROWS} rows: narrow the filters`,
            );
          items.push(...next.items);
          total = next.total;
          cursor = next.nextCursor;
          if (!all) return next;
        } while (cursor);
        return { items, total };
      },
      readWant(q, request),
    );
    await this.access.record(actor, request, {
      kind: options.kind,
      recordType: name,
      recordIds: page.items.map((r) => String(r[register.key])),
      asOfPosition: stamp.asOfPosition,
    });
    return { ...page, ...stamp, ...timeOf(q) };
  }
}
