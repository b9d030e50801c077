import { INestApplicationContext, Logger } from '@nestjs/common';
import { DEMO_PASSWORD, UserStore, seedDemoUsers } from '@hazard-ledger/auth';
import { EVENT_STORE, EventStore } from '@hazard-ledger/event-store';
import { demoClient } from './demo-client';
import { seedDemoDocuments } from './demo-documents';
import { seedDemoHazards } from './demo-hazards';
import { seedDemoInspections } from './demo-inspections';
import { seedDemoLegacy } from './demo-legacy';
import { DEMO_MINES, seedDemoMines } from './demo-mines';
import { seedDemoOrders } from './demo-orders';
import { seedDemoDutiesB } from './demo-duties-b';
import { seedDemoDuties } from './demo-duties';
import { seedDemoTipsOverHttp } from './demo-tips';
import { seedDemoProductionSignals } from './demo-production-signals';
import { seedDemoLookbackCaseOverHttp } from './demo-lookback-case';

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
  logger.log(`演示检查 / demo inspections: ${(await seedDemoInspections(demoClient(baseUrl))).join(', ')}`);
  logger.log(`演示隐患 / demo hazards: ${ids.join(', ')} (GET /hazards/<id>)`);
  await seedDemoDocumentsOverHttp(baseUrl, logger);
};

/** Demo 执法文书 and 行政处罚 (needs the documents endpoints, i.e. the inspections module wired into ApiModule). */
export const seedDemoDocumentsOverHttp = async (baseUrl: string, logger: Logger): Promise<void> => {
  const ids = await seedDemoDocuments(demoClient(baseUrl));
  logger.log(`演示执法文书 / demo documents: ${ids.join(', ')} (GET /documents/<id>, /registers/documents)`);
};

/** Grades, annual plans, and a 停产整顿 order on mine-demo-1 with its 销号 and 复产 (needs the documents seeded). */
/** `projections`: whether this process runs the projections (the demo case's queries read their facts). */
export const seedDemoOrdersOverHttp = async (baseUrl: string, logger: Logger, projections: boolean): Promise<void> => {
  const plans = await seedDemoOrders(demoClient(baseUrl));
  logger.log(
    `演示执法计划 / demo enforcement plans: ${plans.join(', ')} (GET /boards/enforcement-plan?year=…); ` +
      '停产整顿/复产 on mine-demo-1 (GET /boards/mines-under-suspension)',
  );
  logger.log(
    `外包·普查·精查·一企一档 / contractors, census, exam, file: ${(await seedDemoDutiesB(demoClient(baseUrl))).join(', ')}`,
  );
  logger.log(
    `演示月度排查与动火作业票 / demo monthly checks and permits: ${await seedDemoDuties(demoClient(baseUrl))}`,
  );
  await seedDemoTipsOverHttp(baseUrl, logger);
  logger.log(`演示生产迹象 / demo production signal: ${await seedDemoProductionSignals(demoClient(baseUrl))} (LB-17)`);
  if (projections) await seedDemoLookbackCaseOverHttp(baseUrl, logger);
  else
    logger.log(
      '演示倒查案件未建：本进程不运行投影（RUN_PROJECTIONS=false） / demo look-back case skipped: this process runs no projections',
    );
};
