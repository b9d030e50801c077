import { Test } from '@nestjs/testing';
import { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import TestAgent from 'supertest/lib/agent';
import { TestDatabase, createTestDatabase } from '@hazard-ledger/testing';
import { ApiModule } from '../../apps/api/src/api.module';
import { configureApp } from '../../apps/api/src/configure-app';

export interface ApiApp {
  app: NestExpressApplication;
  http: TestAgent;
  db: TestDatabase;
  close: () => Promise<void>;
}

/** The production module and pipeline (configureApp) on a fresh database, projections not running. */
export const startApiApp = async (): Promise<ApiApp> => {
  const db = await createTestDatabase();
  const moduleRef = await Test.createTestingModule({
    imports: [
      ApiModule.register({
        database: { url: db.url, embedded: false, stop: async () => undefined },
        runProjections: false,
      }),
    ],
  }).compile();
  const app = configureApp(moduleRef.createNestApplication<NestExpressApplication>({ logger: ['error'] }));
  await app.init();
  return {
    app,
    http: request(app.getHttpServer()),
    db,
    close: async () => {
      await app.close();
      await db.drop();
    },
  };
};
