import { AccessRule } from '../shared/access';
import { Role } from '../shared/actor';
import { InspectionCommandType } from './inspection.commands';

const REGULATOR: Role[] = ['inspector', 'supervising_leader'];

/**
 * Inspections are the regulator's own record: only inspectors and supervising leaders in the mine's jurisdiction
 * act on them, never enterprise roles, auditors, investigators or administrators. `decide` narrows every command
 * after the first to the inspection's own team (谁检查、谁签名、谁负责).
 */
export const inspectionCommandAccess: Readonly<Record<InspectionCommandType, AccessRule>> = Object.freeze({
  RecordInspection: { roles: REGULATOR },
  ExamineClauses: { roles: REGULATOR },
  RecordInspectionFinding: { roles: REGULATOR },
  AttachInspectionMedia: { roles: REGULATOR },
  RecordKnowledgeTest: { roles: REGULATOR },
  RecordInspectionResult: { roles: REGULATOR },
  SignInspectionResult: { roles: REGULATOR },
});
