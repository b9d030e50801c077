import { Test } from '@nestjs/testing';
import { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import TestAgent from 'supertest/lib/agent';
import { DEMO_PASSWORD, UserStore, seedDemoUsers } from '@hazard-ledger/auth';
import { TestDatabase, createTestDatabase } from '@hazard-ledger/testing';
import { ApiModule } from '../../apps/api/src/api.module';
import { configureApp } from '../../apps/api/src/configure-app';
import { PlantedDocumentsModule } from './planted-documents';

export interface ApiApp {
  app: NestExpressApplication;
  http: TestAgent;
  db: TestDatabase;
  /** Bearer header value for a demo user (password Demo-2024!), obtained through POST /auth/token. */
  login: (username: string) => Promise<string>;
  close: () => Promise<void>;
}

/** The production module and pipeline (configureApp) on a fresh database; projections run only when asked. */
export const startApiApp = async (options: { runProjections?: boolean } = {}): Promise<ApiApp> => {
  const db = await createTestDatabase();
  const moduleRef = await Test.createTestingModule({
    imports: [
      ApiModule.register({
        database: { url: db.url, embedded: false, stop: async () => undefined },
        runProjections: options.runProjections ?? false,
      }),
      // Test-only ENFORCEMENT_DOCUMENTS until the documents helper's provider is merged (then remove this line).
      PlantedDocumentsModule,
    ],
  }).compile();
  const app = configureApp(moduleRef.createNestApplication<NestExpressApplication>({ logger: ['error'] }));
  await app.init();
  await seedDemoUsers(app.get(UserStore));
  const http = request(app.getHttpServer());
  const tokens = new Map<string, string>();
  const login = async (username: string) => {
    if (!tokens.has(username)) {
      const res = await http.post('/auth/token').send({ username, password: DEMO_PASSWORD }).expect(200);
      tokens.set(username, `Bearer ${res.body.access_token as string}`);
    }
    return tokens.get(username) as string;
  };
  return {
    app,
    http,
    db,
    login,
    close: async () => {
      await app.close();
      await db.drop();
    },
  };
};
