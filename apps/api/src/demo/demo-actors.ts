import { Actor } from '@hazard-ledger/domain';
import { demoUsers } from '@hazard-ledger/auth';

/** Demo events are recorded as acts of the demo users who would perform them, never of an administrator. */
export const demoActor = (username: string): Actor => {
  const user = demoUsers.find((u) => u.username === username);
  if (!user) throw new Error(`No demo user ${username}`);
  return {
    id: user.id,
    name: user.displayName,
    role: user.role,
    org: user.org,
    ...(user.certificateNo ? { certificateNo: user.certificateNo } : {}),
    ...(user.mineIds ? { mineIds: user.mineIds } : {}),
    ...(user.jurisdictions ? { jurisdictions: user.jurisdictions } : {}),
  };
};
