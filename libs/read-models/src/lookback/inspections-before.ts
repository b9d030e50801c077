import { Fact, appendTo } from './facts';

interface Start {
  fact: Fact;
  recordedMs: number;
}

/**
 * The inspections a self-report could have followed, found without scanning every inspection of the mine per
 * hazard (that was inspections² per hazard at 1.55 M facts): starts by mine in recorded order, findings by mine
 * and clause. An inspection's start is recorded at or after it began (the inspection decider refuses a future
 * start), so "began after the claimed time" implies "recorded after it".
 */
export class InspectionsBefore {
  private readonly starts = new Map<string, Start[]>();
  private readonly startById = new Map<string, Fact>();
  private readonly findings = new Map<string, Fact[]>();
  private readonly findingsByMine = new Map<string, { fact: Fact; recordedMs: number }[]>();
  /** Each start's instants as numbers: the same starts are compared against many hazards. */
  readonly times = new Map<string, { recordedMs: number; startedMs: number }>();

  constructor(facts: Fact[]) {
    for (const f of facts) {
      if (f.type === 'InspectionRecorded' && f.mineId) {
        const recordedMs = Date.parse(f.recordedAt);
        appendTo(this.starts, f.mineId, { fact: f, recordedMs });
        this.startById.set(f.entityId, f);
        this.times.set(f.entityId, { recordedMs, startedMs: Date.parse(String(f.data.startedAt)) });
      }
      if (f.type === 'InspectionFindingRecorded') {
        appendTo(this.findings, `${f.entityId}|${String(f.data.clauseId)}`, f);
        appendTo(this.findingsByMine, `${f.mineId}|${String(f.data.clauseId)}`, {
          fact: f,
          recordedMs: Date.parse(f.recordedAt),
        });
      }
    }
    for (const list of this.starts.values()) list.sort((a, b) => a.recordedMs - b.recordedMs);
  }

  /** Starts of `mineId` recorded in [sinceMs, untilMs], in recorded order. */
  recordedBetween(mineId: string, sinceMs: number, untilMs: number): Fact[] {
    const list = this.starts.get(mineId) ?? [];
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid].recordedMs < sinceMs) lo = mid + 1;
      else hi = mid;
    }
    const out: Fact[] = [];
    for (let i = lo; i < list.length && list[i].recordedMs <= untilMs; i += 1) out.push(list[i].fact);
    return out;
  }

  /** Starts of `mineId`'s inspections that recorded a finding of `clause` before `untilMs`. */
  withFindingBefore(mineId: string, clause: unknown, untilMs: number): Fact[] {
    const ids = new Set<string>();
    for (const f of this.findingsByMine.get(`${mineId}|${String(clause)}`) ?? [])
      if (f.recordedMs < untilMs) ids.add(f.fact.entityId);
    return [...ids].map((id) => this.startById.get(id)).filter((s): s is Fact => s !== undefined);
  }

  /** The findings of `clause` in inspection `inspectionId`. */
  findingsOf(inspectionId: string, clause: unknown): Fact[] {
    return this.findings.get(`${inspectionId}|${String(clause)}`) ?? [];
  }
}
