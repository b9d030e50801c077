import { AccessRule } from '../shared/access';
import { Role } from '../shared/actor';
import { TipCommandType } from './tip.commands';

const REGULATOR: Role[] = ['inspector', 'supervising_leader'];
const LEADER: Role[] = ['supervising_leader'];
const CUSTODIAN: Role[] = ['identity_custodian'];

/**
 * 举报 is the regulator's record in the tip's jurisdiction; no enterprise role ever acts on (or sees) a tip.
 * Leaders assign, extend, decide and pay rewards and open 追责 cases; a leader of the next level up re-reviews
 * (one who took no part);
 * `decide` narrows verification, handling and feedback to the assignee. The identity custodian alone reveals
 * or shreds a reporter's identity and does nothing else here.
 */
export const tipCommandAccess: Readonly<Record<TipCommandType, AccessRule>> = Object.freeze({
  ReceiveTip: { roles: REGULATOR },
  AcceptTip: { roles: REGULATOR },
  RefuseTip: { roles: REGULATOR },
  AssignTip: { roles: LEADER },
  ExtendTipDeadline: { roles: LEADER },
  VerifyTip: { roles: REGULATOR },
  HandleTip: { roles: REGULATOR },
  SendTipFeedback: { roles: REGULATOR },
  RecordTipObjection: { roles: REGULATOR },
  // 复查 is routed to the next level up (domain.md §6.1): a leader of the bureau above the tip's jurisdiction.
  ReReviewTip: { roles: LEADER, scope: 'next_level_up' },
  DecideTipReward: { roles: LEADER },
  PayTipReward: { roles: LEADER },
  OpenTipAccountability: { roles: LEADER },
  LinkTipLaterEvidence: { roles: REGULATOR },
  RevealTipIdentity: { roles: CUSTODIAN },
  ShredTipIdentity: { roles: CUSTODIAN },
});

/** Who may read tips at all: regulators (their jurisdiction), auditors and investigators. Never the enterprise. */
export const TIP_READER_ROLES: readonly Role[] = ['inspector', 'supervising_leader', 'auditor', 'investigator'];
