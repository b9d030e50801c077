import { DomainEvent } from '../shared/command';
import { ESignature } from '../shared/signature';

type On<Data> = { permitId: string } & Data;
export interface PermitPerson {
  id: string;
  name: string;
  role: string;
}

export type HotWorkPermitRequested = DomainEvent<
  'HotWorkPermitRequested',
  On<{
    mineId: string;
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
  }>
>;

export type HotWorkPermitApproved = DomainEvent<
  'HotWorkPermitApproved',
  On<{ approvedBy: PermitPerson; precautions: string[]; signature: ESignature; approvedAt: string }>
>;

export type HotWorkStarted = DomainEvent<'HotWorkStarted', On<{ startedBy: PermitPerson; startedAt: string }>>;

export type HotWorkFinished = DomainEvent<
  'HotWorkFinished',
  On<{ finishedBy: PermitPerson; finishedAt: string; note: string }>
>;

export type HotWorkPermitCancelled = DomainEvent<
  'HotWorkPermitCancelled',
  On<{ cancelledBy: PermitPerson; cancelledAt: string; reason: string; fromStatus: 'requested' | 'approved' }>
>;

export type HotWorkPermitEvent =
  | HotWorkPermitRequested
  | HotWorkPermitApproved
  | HotWorkStarted
  | HotWorkFinished
  | HotWorkPermitCancelled;
export type HotWorkPermitEventType = HotWorkPermitEvent['type'];
