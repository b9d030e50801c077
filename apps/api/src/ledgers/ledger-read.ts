import { BadRequestException } from '@nestjs/common';
import { Request } from 'express';
import { parsePosition } from '@hazard-ledger/domain';
import { LedgerFilter } from '@hazard-ledger/read-models';
import { ReadQuery } from '../reads/read-query.dto';
import { preferredWait } from '../reads/preferred-wait';
import { HazardLedgerQueryDto } from './get-hazard-ledger/hazard-ledger.query-dto';

/** China Standard Time midnight of 2024-01-01: "found in 2023 or earlier" ends there. */
const END_OF_2023_CST = '2023-12-31T16:00:00.000Z';

export const filterOf = (q: HazardLedgerQueryDto): LedgerFilter => ({
  mineId: q.mineId,
  jurisdiction: q.jurisdiction,
  grade: q.grade,
  status: q.status,
  clauseId: q.clauseId,
  source: q.source,
  basicCondition: q.basicCondition,
  open: q.open,
  overdue: q.overdue,
  discoveredFrom: q.discoveredFrom,
  discoveredBefore: q.discoveredBefore,
  determinedFrom: q.determinedFrom,
  determinedBefore: q.determinedBefore,
  deadlineFrom: q.deadlineFrom,
  deadlineBefore: q.deadlineBefore,
  contractorId: q.contractorId,
  ...(q.view === 'major-found-by-2023-open'
    ? { grade: 'major', open: true, discoveredBefore: minInstant(q.discoveredBefore, END_OF_2023_CST) }
    : {}),
});

const minInstant = (a: string | undefined, b: string) => (a && Date.parse(a) < Date.parse(b) ? a : b);

/** The time slice asked for; both axes at once would need full bitemporal rows, which lists do not keep. */
export const timeOf = (q: ReadQuery): { asOf?: string; validAt?: string } => {
  if (q.asOf && q.validAt)
    throw new BadRequestException(
      '列表查询不能同时指定 asOf 与 validAt（单个隐患可以）/ Lists take asOf or validAt, not both (a single hazard takes both)',
    );
  return { asOf: q.asOf, validAt: q.validAt };
};

/** Read-your-writes: the position to wait for (`?minPosition=`) and for how long (`Prefer: wait`). */
export const readWant = (q: ReadQuery, request: Pick<Request, 'header'>) => ({
  minPosition: q.minPosition ? parsePosition(q.minPosition) : undefined,
  waitMs: preferredWait(request),
});

export const cursorErrors = async <T>(work: () => Promise<T>): Promise<T> => {
  try {
    return await work();
  } catch (error) {
    // Every read model's cursor/filter error (InvalidCursor, InvalidPageCursor, InvalidAccessLogFilter) is the caller's.
    if (error instanceof Error && /Invalid(Page)?Cursor|InvalidAccessLogFilter/.test(error.name))
      throw new BadRequestException(error.message);
    throw error;
  }
};
