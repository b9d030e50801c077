import { ForbiddenException } from '@nestjs/common';
import { Actor } from '@hazard-ledger/domain';

/** Look-back across mines (an actor's whole trail, the access log) is for auditors and investigators. */
export const assertLookBackRole = (actor: Actor, extra: string[] = []): void => {
  if (!['auditor', 'investigator', ...extra].includes(actor.role))
    throw new ForbiddenException('仅审计、调查人员可查 / Only auditors and investigators may look this up');
};
