import { INestApplication, ValidationPipe } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { TypeOrmModule } from '@nestjs/typeorm';
import { TestDatabase, createTestDatabase } from '@hazard-ledger/testing';
import request from 'supertest';
import { AuthConfig } from '../auth-config';
import { AuthModule } from '../auth.module';
import { authEntities } from '../index';
import { DEMO_PASSWORD, seedDemoUsers } from '../seed/demo-users';
import { TokenService } from '../tokens/token-service';
import { UserStore } from '../users/user-store';
import { WRONG_CREDENTIALS } from './issue-token.controller';

const local: AuthConfig = { mode: 'local', jwtSecret: 'issue-token-spec-secret-32-characters', jwtTtlSeconds: 900 };
const oidc: AuthConfig = {
  mode: 'oidc',
  jwtTtlSeconds: 900,
  oidc: {
    issuer: 'https://idp.example',
    jwksUrl: 'https://idp.example/jwks',
    audience: 'hl',
    claims: { role: 'r', mineIds: 'm', jurisdictions: 'j', name: 'n', org: 'o', certificateNo: 'c' },
  },
};

const appWith = async (url: string, config: AuthConfig): Promise<INestApplication> => {
  const moduleRef = await Test.createTestingModule({
    imports: [
      TypeOrmModule.forRoot({ type: 'postgres', url, entities: authEntities }),
      AuthModule.forRoot({ guardAllRoutes: true, config }),
    ],
  }).compile();
  const app = moduleRef.createNestApplication({ logger: false });
  app.useGlobalPipes(new ValidationPipe({ whitelist: true, forbidNonWhitelisted: true, transform: true }));
  return app.init();
};

describe('POST /auth/token (real PostgreSQL)', () => {
  let db: TestDatabase;
  let app: INestApplication;
  beforeAll(async () => {
    db = await createTestDatabase();
    app = await appWith(db.url, local);
    await seedDemoUsers(app.get(UserStore));
  });
  afterAll(async () => {
    await app.close();
    await db.drop();
  });

  it('issues a bearer token for the right password, even though every other route needs one', async () => {
    const res = await request(app.getHttpServer())
      .post('/auth/token')
      .send({ username: 'leader.wang', password: DEMO_PASSWORD })
      .expect(200);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.body).toMatchObject({
      token_type: 'Bearer',
      expires_in: 900,
      actor: { id: 'u-leader-wang', name: '王刚', role: 'supervising_leader', jurisdictions: ['140404'] },
    });
    expect(await app.get(TokenService).verify(res.body.access_token)).toEqual(res.body.actor);
  });

  it('answers a wrong password and an unknown user alike, with 401', async () => {
    for (const body of [
      { username: 'leader.wang', password: 'wrong' },
      { username: 'nobody', password: DEMO_PASSWORD },
    ]) {
      const res = await request(app.getHttpServer()).post('/auth/token').send(body).expect(401);
      expect(res.body.message).toBe(WRONG_CREDENTIALS);
      expect(res.body.access_token).toBeUndefined();
    }
  });

  it('validates the body', async () => {
    await request(app.getHttpServer()).post('/auth/token').send({ username: 'auditor' }).expect(400);
    await request(app.getHttpServer())
      .post('/auth/token')
      .send({ username: 'auditor', password: DEMO_PASSWORD, role: 'system_admin' })
      .expect(400);
  });

  it('does not exist when the deployment signs in through OIDC', async () => {
    const oidcApp = await appWith(db.url, oidc);
    try {
      await request(oidcApp.getHttpServer())
        .post('/auth/token')
        .send({ username: 'auditor', password: DEMO_PASSWORD })
        .expect(404);
    } finally {
      await oidcApp.close();
    }
  });
});
