import { HotWorkPermitEvent } from './hot-work-permit.events';

export interface PermitRecord {
  permitId: string;
  mineId: string;
  requestedBy: string;
  windowStart: string;
  windowEnd: string;
}

export type HotWorkPermit =
  | { status: 'not_requested' }
  | ({ status: 'requested' | 'approved' | 'started' | 'finished' | 'cancelled' } & PermitRecord);

export type HotWorkPermitStatus = HotWorkPermit['status'];

export const initialHotWorkPermitState = (): HotWorkPermit => ({ status: 'not_requested' });

const NEXT: Record<Exclude<HotWorkPermitEvent['type'], 'HotWorkPermitRequested'>, [string[], HotWorkPermitStatus]> = {
  HotWorkPermitApproved: [['requested'], 'approved'],
  HotWorkStarted: [['approved'], 'started'],
  HotWorkFinished: [['started'], 'finished'],
  HotWorkPermitCancelled: [['requested', 'approved'], 'cancelled'],
};

// Never throws: an event that does not fit the current state leaves it unchanged, so old streams always replay.
export const evolveHotWorkPermit = (state: HotWorkPermit, event: HotWorkPermitEvent): HotWorkPermit => {
  if (event.type === 'HotWorkPermitRequested') {
    if (state.status !== 'not_requested') return state;
    const { permitId, mineId, requestedBy, windowStart, windowEnd } = event.data;
    return { status: 'requested', permitId, mineId, requestedBy: requestedBy.id, windowStart, windowEnd };
  }
  const next = NEXT[event.type];
  if (state.status === 'not_requested' || !next || !next[0].includes(state.status)) return state;
  return { ...state, status: next[1] as Exclude<HotWorkPermitStatus, 'not_requested'> };
};
