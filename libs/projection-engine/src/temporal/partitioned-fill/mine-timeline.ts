import { LogPosition, comparePositions } from '@hazard-ledger/domain';
import { LeanEvent } from '../../projection';
import { MineInfo } from '../entity-model';
import { evolveMineInfo } from '../mine-info';

/** One mine's facts from a log position on (until its next version). */
export interface MineVersion {
  at: LogPosition;
  info: MineInfo;
}

/**
 * Every version of every mine's facts, by log position: a stream folded on its own sees each mine as a build in
 * log order would have seen it at that event, not as it stands at the end. Plain data, so it crosses to a worker.
 */
export class MineTimeline {
  constructor(readonly versions: Record<string, MineVersion[]> = {}) {}

  /** Mine events in log order. */
  static of(events: readonly LeanEvent[]): MineTimeline {
    const timeline = new MineTimeline();
    for (const event of events) timeline.add(event);
    return timeline;
  }

  add(event: LeanEvent): void {
    const id = String((event.data as { mineId?: unknown }).mineId);
    const list = (this.versions[id] ??= []);
    const info = evolveMineInfo(list.at(-1)?.info, event);
    if (info && info !== list.at(-1)?.info) list.push({ at: event.logPosition, info });
  }

  /** The mine as it stood just before `event`. */
  at(mineId: string, event: LeanEvent): MineInfo | undefined {
    const list = this.versions[mineId];
    if (!list) return undefined;
    for (let i = list.length - 1; i >= 0; i--)
      if (comparePositions(list[i].at, event.logPosition) < 0) return list[i].info;
    return undefined;
  }

  /** The latest facts of every mine (the `_mines` table a build leaves behind). */
  latest(): MineInfo[] {
    return Object.values(this.versions).map((list) => list[list.length - 1].info);
  }
}
