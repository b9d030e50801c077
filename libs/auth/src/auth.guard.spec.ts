import { Controller, Get, HttpCode, INestApplication, Post } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { Test } from '@nestjs/testing';
import { Actor } from '@hazard-ledger/domain';
import { SignJWT } from 'jose';
import request from 'supertest';
import { AUTH_CONFIG, AuthConfig } from './auth-config';
import { CurrentActor, JwtAuthGuard, Public } from './auth.guard';
import { assertMayWriteDomainEvents } from './scopes';
import { LOCAL_AUDIENCE, LOCAL_ISSUER, TokenService } from './tokens/token-service';

const SECRET = 'guard-spec-secret-of-at-least-32-chars';
const config: AuthConfig = { mode: 'local', jwtSecret: SECRET, jwtTtlSeconds: 600 };

@Controller('probe')
class ProbeController {
  @Get('open')
  @Public()
  open() {
    return { ok: true };
  }

  @Get('me')
  me(@CurrentActor() actor: Actor) {
    return actor;
  }

  @Post('write')
  @HttpCode(204)
  write(@CurrentActor() actor: Actor) {
    assertMayWriteDomainEvents(actor);
  }
}

const actor = (role: Actor['role']): Actor => ({
  id: `u-${role}`,
  name: '测试',
  role,
  org: 'org',
  mineIds: [],
  jurisdictions: [],
});

describe('JwtAuthGuard', () => {
  let app: INestApplication;
  let tokens: TokenService;
  const bearer = async (role: Actor['role']) => `Bearer ${(await tokens.issue(actor(role))).accessToken}`;

  beforeAll(async () => {
    const moduleRef = await Test.createTestingModule({
      controllers: [ProbeController],
      providers: [
        { provide: AUTH_CONFIG, useValue: config },
        TokenService,
        JwtAuthGuard,
        { provide: APP_GUARD, useExisting: JwtAuthGuard },
      ],
    }).compile();
    app = moduleRef.createNestApplication({ logger: false });
    await app.init();
    tokens = app.get(TokenService);
  });
  afterAll(() => app.close());

  it('lets @Public() routes through without a token', async () => {
    await request(app.getHttpServer()).get('/probe/open').expect(200, { ok: true });
  });

  it('answers a missing or non-Bearer Authorization with 401 and a Bearer challenge', async () => {
    for (const auth of [undefined, 'Basic dXNlcjpwYXNz', 'Bearer', 'Bearer a b']) {
      const call = request(app.getHttpServer()).get('/probe/me');
      const res = await (auth ? call.set('Authorization', auth) : call).expect(401);
      expect(res.headers['www-authenticate']).toBe('Bearer realm="hazard-ledger"');
      expect(res.body.message).toBe('缺少访问令牌 / Bearer token required');
    }
  });

  it('answers invalid and expired tokens with 401 invalid_token', async () => {
    const invalid = await request(app.getHttpServer())
      .get('/probe/me')
      .set('Authorization', 'Bearer x.y.z')
      .expect(401);
    expect(invalid.headers['www-authenticate']).toMatch(/error="invalid_token"/);
    const expired = await new SignJWT({ role: 'inspector' })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('u')
      .setIssuer(LOCAL_ISSUER)
      .setAudience(LOCAL_AUDIENCE)
      .setExpirationTime(Math.floor(Date.now() / 1000) - 5)
      .sign(new TextEncoder().encode(SECRET));
    const res = await request(app.getHttpServer())
      .get('/probe/me')
      .set('Authorization', `Bearer ${expired}`)
      .expect(401);
    expect(res.body.message).toBe('访问令牌已过期 / Bearer token expired');
  });

  it('answers a valid token with an unknown role with 403', async () => {
    const alien = await new SignJWT({ role: 'root' })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('u')
      .setIssuer(LOCAL_ISSUER)
      .setAudience(LOCAL_AUDIENCE)
      .setExpirationTime('5m')
      .sign(new TextEncoder().encode(SECRET));
    await request(app.getHttpServer()).get('/probe/me').set('Authorization', `Bearer ${alien}`).expect(403);
  });

  it('attaches the actor to the request', async () => {
    const res = await request(app.getHttpServer())
      .get('/probe/me')
      .set('Authorization', await bearer('inspector'))
      .expect(200);
    expect(res.body).toEqual(actor('inspector'));
  });

  it('authenticates administrators but forbids them to write domain events', async () => {
    for (const role of ['system_admin', 'security_admin', 'audit_admin'] as const) {
      await request(app.getHttpServer())
        .get('/probe/me')
        .set('Authorization', await bearer(role))
        .expect(200);
      const res = await request(app.getHttpServer())
        .post('/probe/write')
        .set('Authorization', await bearer(role))
        .expect(403);
      expect(res.body.message).toMatch(/Administrators write no domain events/);
    }
    await request(app.getHttpServer())
      .post('/probe/write')
      .set('Authorization', await bearer('inspector'))
      .expect(204);
  });
});
