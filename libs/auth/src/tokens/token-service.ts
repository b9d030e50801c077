import { Inject, Injectable } from '@nestjs/common';
import { Actor } from '@hazard-ledger/domain';
import { JWTVerifyGetKey, SignJWT, createRemoteJWKSet, errors, jwtVerify } from 'jose';
import { AUTH_CONFIG, AuthConfig } from '../auth-config';
import { LOCAL_CLAIMS, actorFromClaims, claimsOf } from './claims';

export const LOCAL_ISSUER = 'hazard-ledger';
export const LOCAL_AUDIENCE = 'hazard-ledger-api';

/** Asymmetric only: an IdP token signed with HS* or `none` would mean anyone holding a shared key could mint it. */
const OIDC_ALGORITHMS = ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'EdDSA'];

export type TokenRejection = 'missing' | 'invalid' | 'expired' | 'unknown_role' | 'unavailable';

export class TokenRejected extends Error {
  override readonly name = 'TokenRejected';
  constructor(readonly reason: TokenRejection) {
    super(`Bearer token rejected: ${reason}`);
  }
}

export interface IssuedToken {
  accessToken: string;
  expiresIn: number;
}

@Injectable()
export class TokenService {
  private readonly key?: Uint8Array;
  private readonly jwks?: JWTVerifyGetKey;

  constructor(@Inject(AUTH_CONFIG) private readonly config: AuthConfig) {
    if (config.mode === 'local') this.key = new TextEncoder().encode(config.jwtSecret);
    else if (config.oidc) this.jwks = createRemoteJWKSet(new URL(config.oidc.jwksUrl));
  }

  get mode(): AuthConfig['mode'] {
    return this.config.mode;
  }

  async issue(actor: Actor): Promise<IssuedToken> {
    if (!this.key) throw new Error('Tokens are issued by the OIDC provider in this deployment');
    const expiresIn = this.config.jwtTtlSeconds;
    const accessToken = await new SignJWT(claimsOf(actor))
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setSubject(actor.id)
      .setIssuer(LOCAL_ISSUER)
      .setAudience(LOCAL_AUDIENCE)
      .setIssuedAt()
      .setExpirationTime(`${expiresIn}s`)
      .sign(this.key);
    return { accessToken, expiresIn };
  }

  /** The actor a bearer token stands for, or TokenRejected saying why (the guard turns that into 401/403/503). */
  async verify(token: string): Promise<Actor> {
    const result = await this.claims(token);
    if ('rejected' in result) throw new TokenRejected(result.rejected);
    return result.actor;
  }

  private async claims(token: string) {
    try {
      if (this.key) {
        const { payload } = await jwtVerify(token, this.key, {
          algorithms: ['HS256'],
          issuer: LOCAL_ISSUER,
          audience: LOCAL_AUDIENCE,
        });
        return actorFromClaims(payload, LOCAL_CLAIMS);
      }
      const oidc = this.config.oidc!;
      const { payload } = await jwtVerify(token, this.jwks!, {
        algorithms: OIDC_ALGORITHMS,
        issuer: oidc.issuer,
        audience: oidc.audience,
      });
      return actorFromClaims(payload, oidc.claims);
    } catch (e) {
      throw new TokenRejected(rejection(e));
    }
  }
}

const rejection = (e: unknown): TokenRejection => {
  if (!(e instanceof errors.JOSEError)) return 'unavailable';
  if (e instanceof errors.JWTExpired) return 'expired';
  // An unreachable or broken key endpoint is our outage, not a bad token (jose reports a non-200 with the base class).
  const jwksDown =
    e instanceof errors.JWKSTimeout || e instanceof errors.JWKSInvalid || e.constructor === errors.JOSEError;
  return jwksDown ? 'unavailable' : 'invalid';
};
