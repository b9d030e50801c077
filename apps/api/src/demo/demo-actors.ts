import { Actor } from '@hazard-ledger/domain';
import { demoUsers, toActor } from '@hazard-ledger/auth';

/** Demo events are recorded as acts of the demo users who would perform them, never of an administrator. */
export const demoActor = (username: string): Actor => {
  const user = demoUsers.find((u) => u.username === username);
  if (!user) throw new Error(`No demo user ${username}`);
  return toActor(user);
};
