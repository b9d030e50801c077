import { DataSource } from 'typeorm';
import { BenchUser } from './bench-users';

export type RouteClass = 'ledger' | 'hazard' | 'dual_reports' | 'supervision' | 'command';

/** Shares of the load: 80 % reads of four kinds, 20 % commands. */
export const ROUTE_SHARES: Readonly<Record<RouteClass, number>> = {
  ledger: 0.35,
  hazard: 0.25,
  dual_reports: 0.1,
  supervision: 0.1,
  command: 0.2,
};

export const ROUTE_LABELS: Readonly<Record<RouteClass, string>> = {
  ledger: 'GET /ledgers/hazards',
  hazard: 'GET /hazards/:id',
  dual_reports: 'GET /boards/dual-reports',
  supervision: 'GET /boards/supervision',
  command: 'POST /hazards/:id/description-amendment',
};

export interface BenchRequest {
  method: 'GET' | 'POST';
  path: string;
  token: string;
  body?: string;
}

/** The next request of one route class; each call moves on (other filters, another hazard, another user). */
export type RequestSource = () => BenchRequest;

// Open statuses (decisions/statuses.ts OPEN): a description amendment is accepted in each of them.
const OPEN_STATUSES = [
  'discovered',
  'major_determined',
  'plan_submitted',
  'plan_returned',
  'in_remediation',
  'evaluated',
  'sign_off_requested',
  'escalated',
  'signed_off',
  'general_determined',
  'rectified_on_spot',
  'rectification_assigned',
  'rectified',
  'verified',
  'reinspected',
];

interface LedgerRow {
  hazard_id: string;
  jurisdiction: string;
  status: string;
}

const cycle = <T>(items: readonly T[]): (() => T) => {
  if (items.length === 0) throw new Error('基准没有可用的请求 / nothing to request');
  let i = 0;
  return () => items[i++ % items.length];
};

const shuffled = <T>(items: T[]): T[] => {
  let seed = 20261207;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [items[i], items[j]] = [items[j], items[i]];
  }
  return items;
};

/** Ledger pages with the filters a section uses every day, each as a user who may see them. */
const ledgerRequests = (users: BenchUser[]): BenchRequest[] =>
  users.flatMap((u): BenchRequest[] => {
    const get = (query: string) => ({ method: 'GET' as const, path: `/ledgers/hazards?${query}`, token: u.token });
    if (u.role === 'auditor')
      return [get('grade=major&status=in_remediation&status=plan_submitted'), get('view=major-found-by-2023-open')];
    if (u.mineIds.length > 0) return [get(`mineId=${u.mineIds[0]}`), get(`mineId=${u.mineIds[0]}&open=true`)];
    const j = u.jurisdictions[0];
    return [
      get(`jurisdiction=${j}&open=true`),
      get(`jurisdiction=${j}&overdue=true`),
      get(`jurisdiction=${j}&discoveredFrom=2025-01-01T00:00:00Z&discoveredBefore=2025-07-01T00:00:00Z`),
    ];
  });

const boardRequests = (users: BenchUser[], board: 'dual-reports' | 'supervision'): BenchRequest[] =>
  users.flatMap((u): BenchRequest[] => {
    const get = (query: string) => ({ method: 'GET' as const, path: `/boards/${board}?${query}`, token: u.token });
    if (u.role === 'auditor') return [get('open=true')];
    if (u.mineIds.length > 0) return [get(`mineId=${u.mineIds[0]}`)];
    return [get(`jurisdiction=${u.jurisdictions[0]}&open=true`), get(`jurisdiction=${u.jurisdictions[0]}`)];
  });

/** An inspector of the hazard's jurisdiction: may read it, and may amend any open hazard there (a regulator). */
const inspectorOf = (users: BenchUser[]) => {
  const byJurisdiction = new Map(users.filter((u) => u.role === 'inspector').map((u) => [u.jurisdictions[0], u]));
  return (row: LedgerRow): BenchUser => {
    const user = byJurisdiction.get(row.jurisdiction);
    if (!user) throw new Error(`没有 ${row.jurisdiction} 的检查员 / no inspector for ${row.jurisdiction}`);
    return user;
  };
};

/**
 * The requests of each route class, built from the loaded read model (which hazards exist, where, in which
 * status), so every read is in the user's scope and every command is one the decider accepts.
 */
export const buildRouteMix = async (
  dataSource: DataSource,
  users: BenchUser[],
): Promise<Record<RouteClass, RequestSource>> => {
  const rows = shuffled(
    (await dataSource.query(
      `SELECT hazard_id, jurisdiction, status FROM hazard_ledger WHERE upper_inf(system_time) AND jurisdiction IS NOT NULL`,
    )) as LedgerRow[],
  );
  const inspector = inspectorOf(users);
  const reads = rows.slice(0, 5000);
  const open = rows.filter((r) => OPEN_STATUSES.includes(r.status)).slice(0, 5000);
  let amendment = 0;
  // Each API run of the bench starts the rotation again: a run's own tag keeps every text new (see below).
  const run = Date.now().toString(36);
  const nextOpen = cycle(open);
  return {
    ledger: cycle(ledgerRequests(users)),
    hazard: cycle(reads.map((r) => ({ method: 'GET', path: `/hazards/${r.hazard_id}`, token: inspector(r).token }))),
    dual_reports: cycle(boardRequests(users, 'dual-reports')),
    supervision: cycle(boardRequests(users, 'supervision')),
    command: () => {
      const r = nextOpen();
      amendment += 1;
      return {
        method: 'POST',
        path: `/hazards/${r.hazard_id}/description-amendment`,
        token: inspector(r).token,
        // Always a new text: an unchanged description is refused (AmendmentUnchanged).
        body: JSON.stringify({
          next: `复查补充描述（基准 ${run}-${amendment}）/ description amended by the API bench, #${run}-${amendment}`,
          reason: '现场复查补充细节 / details added at a follow-up visit',
        }),
      };
    },
  };
};
