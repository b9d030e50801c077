import { INestApplicationContext, Logger } from '@nestjs/common';
import { DEMO_PASSWORD, UserStore, seedDemoUsers } from '@hazard-ledger/auth';
import { EVENT_STORE, EventStore } from '@hazard-ledger/event-store';
import { demoClient } from './demo-client';
import { seedDemoHazards } from './demo-hazards';
import { seedDemoLegacy } from './demo-legacy';
import { DEMO_MINES, seedDemoMines } from './demo-mines';

/** Demo logins (one per role) and demo mines for the embedded single-machine mode; the password is public by design. */
export const seedDemoData = async (app: INestApplicationContext, logger: Logger): Promise<void> => {
  const { created } = await seedDemoUsers(app.get(UserStore));
  await seedDemoMines(app.get<EventStore>(EVENT_STORE), new Date().toISOString());
  await seedDemoLegacy(app.get<EventStore>(EVENT_STORE), logger);
  logger.log(
    `演示数据 / demo data: ${created.length} new demo users (password ${DEMO_PASSWORD}; README "Demo logins"); ` +
      `mines ${DEMO_MINES.map((m) => m.mineId).join(', ')}`,
  );
};

/** Demo hazards at different stages, created through the public API as the demo users would (idempotent). */
export const seedDemoHazardsOverHttp = async (baseUrl: string, logger: Logger): Promise<void> => {
  const ids = await seedDemoHazards(demoClient(baseUrl));
  logger.log(`演示隐患 / demo hazards: ${ids.join(', ')} (GET /hazards/<id>)`);
};
