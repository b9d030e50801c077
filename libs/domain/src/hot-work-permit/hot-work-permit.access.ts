import { AccessRule } from '../shared/access';
import { HotWorkPermitCommandType } from './hot-work-permit.commands';

const ENTERPRISE = ['enterprise_staff', 'enterprise_principal', 'enterprise_safety_director'] as const;

/**
 * The mine's own permits, on its own mine only. Approval is the 安全总监's or the 主要负责人's (the two who answer
 * for safety at the mine, as for determining a major hazard, domain.md §8.2), never the requester's (decide checks
 * that). Regulators, auditors and investigators read the ledger and write nothing.
 */
export const hotWorkPermitCommandAccess: Readonly<Record<HotWorkPermitCommandType, AccessRule>> = Object.freeze({
  RequestHotWorkPermit: { roles: ENTERPRISE },
  ApproveHotWorkPermit: { roles: ['enterprise_principal', 'enterprise_safety_director'] },
  StartHotWork: { roles: ENTERPRISE },
  FinishHotWork: { roles: ENTERPRISE },
  CancelHotWorkPermit: { roles: ENTERPRISE },
});
