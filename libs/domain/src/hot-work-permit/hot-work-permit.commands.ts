import { Command } from '../shared/command';
import { ESignature } from '../shared/signature';

type On<Data = unknown> = { permitId: string } & Data;

/** The policy edition a permit's window was checked against (copied onto the command by the handler). */
export interface HotWorkPolicyRef {
  version: string;
  /** The longest window one permit may cover. */
  maxWindowHours: number;
}

/** 一项动火作业、一个安全技术措施、一张动火作业票 (notice 十一): one job, one permit. */
export type RequestHotWorkPermit = Command<
  'RequestHotWorkPermit',
  On<{
    mineId: string;
    location: string;
    /** Underground or at the shaft collar: where unpermitted hot work is a major hazard (UG-29). */
    underground: boolean;
    work: string;
    windowStart: string;
    windowEnd: string;
    /** The safety measures proposed (安全技术措施). */
    precautions: string[];
    /** The contractor doing the work (its contractor stream's id): it must be one of this mine's. */
    contractorId?: string;
    /** What the handler read of that contractor from its own stream (null: never registered). */
    contractor?: { mineId: string } | null;
    policy: HotWorkPolicyRef;
  }>
>;

/** Approved with the precautions that bind the job; signed by the approver, who is never the requester. */
export type ApproveHotWorkPermit = Command<
  'ApproveHotWorkPermit',
  On<{ precautions: string[]; signature: ESignature }>
>;

export type StartHotWork = Command<'StartHotWork', On>;
export type FinishHotWork = Command<'FinishHotWork', On<{ note: string }>>;
export type CancelHotWorkPermit = Command<'CancelHotWorkPermit', On<{ reason: string }>>;

export type HotWorkPermitCommand =
  | RequestHotWorkPermit
  | ApproveHotWorkPermit
  | StartHotWork
  | FinishHotWork
  | CancelHotWorkPermit;
export type HotWorkPermitCommandType = HotWorkPermitCommand['type'];
