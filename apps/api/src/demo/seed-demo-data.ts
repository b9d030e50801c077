import { INestApplicationContext, Logger } from '@nestjs/common';
import { DEMO_PASSWORD, UserStore, seedDemoUsers } from '@hazard-ledger/auth';

/** Demo logins (one per role) for the embedded single-machine mode; the password is public by design. */
export const seedDemoData = async (app: INestApplicationContext, logger: Logger): Promise<void> => {
  const { created } = await seedDemoUsers(app.get(UserStore));
  logger.log(`演示数据 / demo data: ${created} new demo users (password ${DEMO_PASSWORD}; see README "Demo logins")`);
};
