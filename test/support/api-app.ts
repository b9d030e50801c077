import { Test } from '@nestjs/testing';
import { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import TestAgent from 'supertest/lib/agent';
import { AppUser, DEMO_PASSWORD, PasswordHasher, UserStore, seedDemoUsers } from '@hazard-ledger/auth';
import { createDataSource } from '@hazard-ledger/platform';
import { TestDatabase, TestTemplate, createTestDatabase } from '@hazard-ledger/testing';
import { ApiModule } from '../../apps/api/src/api.module';
import { ModuleImport } from '../../apps/api/src/documents/documents.module';
import { configureApp } from '../../apps/api/src/configure-app';
import { ENFORCEMENT_DOCUMENTS } from '../../apps/api/src/shared/enforcement-documents.port';
import { plantedDocuments } from './planted-documents';

export interface ApiApp {
  app: NestExpressApplication;
  http: TestAgent;
  db: TestDatabase;
  /** Bearer header value for a demo user (password Demo-2024!), obtained through POST /auth/token. */
  login: (username: string) => Promise<string>;
  close: () => Promise<void>;
}

export interface StartOptions {
  runProjections?: boolean;
  /** A test-only INSPECTION_TEAMS module (specs that plant teams); the inspections module otherwise. */
  inspectionTeams?: ModuleImport;
  /**
   * Answer ENFORCEMENT_DOCUMENTS from documents the spec planted (test/support/planted-documents.ts) instead of
   * the documents' streams: for specs of the mine's order rules and the access layer, which need a signed order
   * per mine without walking a document's lifecycle. Journeys use the real documents.
   */
  plantedDocuments?: boolean;
}

/**
 * The demo users, seeded once per run with the production hasher (argon2id, production cost) into a template that
 * every API spec's database is cloned from: 16 hashes cost about a second per spec file otherwise. startApiApp
 * still runs the seed (then a no-op), as `npm start` does.
 */
const demoUsersTemplate: TestTemplate = {
  name: 'demo_users',
  build: async (url) => {
    const ds = await createDataSource(url).initialize();
    try {
      await seedDemoUsers(new UserStore(ds.getRepository(AppUser), new PasswordHasher()));
    } finally {
      await ds.destroy();
    }
  },
};

/** The production module and pipeline (configureApp) on a fresh database; projections run only when asked. */
export const startApiApp = async (options: StartOptions = {}): Promise<ApiApp> => {
  const db = await createTestDatabase({ template: demoUsersTemplate });
  const builder = Test.createTestingModule({
    imports: [
      ApiModule.register({
        database: { url: db.url, embedded: false, stop: async () => undefined },
        runProjections: options.runProjections ?? false,
        inspectionTeams: options.inspectionTeams,
      }),
    ],
  });
  if (options.plantedDocuments) builder.overrideProvider(ENFORCEMENT_DOCUMENTS).useValue(plantedDocuments);
  const moduleRef = await builder.compile();
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
