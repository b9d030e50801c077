import { ForbiddenException } from '@nestjs/common';
import { Actor, Role } from '@hazard-ledger/domain';
import { assertMayWriteDomainEvents } from '@hazard-ledger/auth';

/** Who records acts that cite evidence; auditors and investigators only read, administrators write nothing. */
const UPLOADERS: readonly Role[] = [
  'enterprise_staff',
  'enterprise_principal',
  'workers_congress_rep',
  'inspector',
  'supervising_leader',
];

export const assertMayUpload = (actor: Actor): void => {
  assertMayWriteDomainEvents(actor);
  if (!UPLOADERS.includes(actor.role))
    throw new ForbiddenException(
      `角色 ${actor.role} 不得上传证据文件 / Role ${actor.role} may not upload evidence files`,
    );
};
