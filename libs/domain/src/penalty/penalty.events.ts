import { DomainEvent } from '../shared/command';
import { ESignature } from '../shared/signature';
import { PenaltyTargetInput } from './penalty.commands';

export interface PenaltyActor {
  userId: string;
  name: string;
  role: string;
}

export interface PenaltyTarget extends PenaltyTargetInput {
  /** The statutory minimum the policy edition records for this basis and target, null when it records none. */
  minimumYuan: number | null;
  /** The minimum is our reading, not a confirmed text (reference data's placeholder flag). */
  minimumUnconfirmed: boolean;
  belowMinimum: boolean;
}

export type PenaltyDecided = DomainEvent<
  'PenaltyDecided',
  {
    penaltyId: string;
    mineId: string;
    documentId: string;
    docNo: string;
    hazardIds: string[];
    targets: PenaltyTarget[];
    /** 一案双罚 not applied: the company is fined and no person is (domain.md §9 E.12). */
    noIndividualTarget: boolean;
    policyVersion: string;
    decidedBy: PenaltyActor;
    decidedAt: string;
    signature: ESignature;
  }
>;

export type PenaltyPaymentRecorded = DomainEvent<
  'PenaltyPaymentRecorded',
  {
    penaltyId: string;
    targetId: string;
    amountYuan: number;
    paidAt: string;
    receiptNo: string;
    /** Paid so far by this target, this payment included. */
    paidTotalYuan: number;
    fullyPaid: boolean;
    recordedBy: PenaltyActor;
    recordedAt: string;
  }
>;

export type PenaltyEnforcementRequested = DomainEvent<
  'PenaltyEnforcementRequested',
  {
    penaltyId: string;
    targetId: string;
    applicationNo: string;
    reason: string;
    requestedBy: PenaltyActor;
    requestedAt: string;
  }
>;

export type PenaltyEvent = PenaltyDecided | PenaltyPaymentRecorded | PenaltyEnforcementRequested;
export type PenaltyEventType = PenaltyEvent['type'];
