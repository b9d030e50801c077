import { AccessRule } from '../shared/access';
import { DocumentCommandType } from './document.commands';

/**
 * 执法文书 are the regulator's: inspectors draft, amend, sign (when on the team) and serve; a leader may do all of
 * that and alone revokes or corrects. Who of them may review or sign a given document is the decider's rule.
 */
export const documentCommandAccess: Readonly<Record<DocumentCommandType, AccessRule>> = Object.freeze({
  DraftDocument: { roles: ['inspector', 'supervising_leader'] },
  AmendDocument: { roles: ['inspector', 'supervising_leader'] },
  ReviewDocumentLegally: { roles: ['inspector', 'supervising_leader'] },
  SignDocument: { roles: ['inspector', 'supervising_leader'] },
  ServeDocument: { roles: ['inspector', 'supervising_leader'] },
  RevokeDocument: { roles: ['supervising_leader'] },
});
