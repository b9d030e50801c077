import { HotWorkPermitEvent, PermitPerson } from '@hazard-ledger/domain';
import { LeanEvent, MineInfo } from '@hazard-ledger/projection-engine';

/** One 动火作业票 as the ledger shows it: the job, its window, who asked, who approved with which measures, what happened. */
export interface HotWorkPermitFile {
  permitId: string;
  mineId: string;
  mineName: string | null;
  jurisdiction: string | null;
  status: 'requested' | 'approved' | 'started' | 'finished' | 'cancelled';
  location: string;
  underground: boolean;
  work: string;
  windowStart: string;
  windowEnd: string;
  precautions: string[];
  contractorId: string | null;
  requestedBy: PermitPerson;
  requestedAt: string;
  policyVersion: string;
  approvedBy: PermitPerson | null;
  approvedAt: string | null;
  approvedPrecautions: string[] | null;
  startedAt: string | null;
  finishedAt: string | null;
  finishNote: string | null;
  cancelledAt: string | null;
  cancelReason: string | null;
}

export const evolveHotWorkPermitFile = (
  file: HotWorkPermitFile | undefined,
  lean: LeanEvent,
  mines: (mineId: string) => MineInfo | undefined,
): HotWorkPermitFile | undefined => {
  const event = lean as LeanEvent & HotWorkPermitEvent;
  if (!file) {
    if (event.type !== 'HotWorkPermitRequested') return undefined;
    const mine = mines(event.data.mineId);
    return {
      ...event.data,
      ...{ mineName: mine?.name ?? null, jurisdiction: mine?.jurisdiction ?? null, status: 'requested' },
      ...{ approvedBy: null, approvedAt: null, approvedPrecautions: null, startedAt: null, finishedAt: null },
      ...{ finishNote: null, cancelledAt: null, cancelReason: null },
    };
  }
  switch (event.type) {
    case 'HotWorkPermitApproved': {
      const { approvedBy, approvedAt, precautions } = event.data;
      return { ...file, status: 'approved', approvedBy, approvedAt, approvedPrecautions: precautions };
    }
    case 'HotWorkStarted':
      return { ...file, status: 'started', startedAt: event.data.startedAt };
    case 'HotWorkFinished':
      return { ...file, status: 'finished', finishedAt: event.data.finishedAt, finishNote: event.data.note };
    case 'HotWorkPermitCancelled':
      return { ...file, status: 'cancelled', cancelledAt: event.data.cancelledAt, cancelReason: event.data.reason };
    default:
      return file;
  }
};
