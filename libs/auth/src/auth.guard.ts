import {
  CanActivate,
  ExecutionContext,
  ForbiddenException,
  Injectable,
  ServiceUnavailableException,
  SetMetadata,
  UnauthorizedException,
  applyDecorators,
  createParamDecorator,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ApiExtension } from '@nestjs/swagger';
import { Actor } from '@hazard-ledger/domain';
import { TokenRejected, TokenRejection, TokenService } from './tokens/token-service';

export const IS_PUBLIC = 'hazard-ledger:public';

/** OpenAPI extension the document builder turns into `security: []` (explicitly no token), then removes. */
export const PUBLIC_OPERATION = 'x-hazard-ledger-public';

/**
 * Marks a route (or controller) as open: the token endpoint, health, docs. The same mark opens the guard and
 * documents the operation as public, so the OpenAPI contract cannot drift from what the guard lets through.
 */
export const Public = (): MethodDecorator & ClassDecorator =>
  applyDecorators(SetMetadata(IS_PUBLIC, true), ApiExtension(PUBLIC_OPERATION, true));

export interface AuthenticatedRequest {
  headers: Record<string, string | string[] | undefined>;
  actor?: Actor;
}

interface ChallengeResponse {
  setHeader(name: string, value: string): unknown;
}

const MESSAGES: Record<Exclude<TokenRejection, 'unknown_role' | 'unavailable'>, string> = {
  missing: '缺少访问令牌 / Bearer token required',
  invalid: '访问令牌无效 / Bearer token invalid',
  expired: '访问令牌已过期 / Bearer token expired',
};

const BEARER = /^Bearer +([A-Za-z0-9\-._~+/]+=*)$/i;

@Injectable()
export class JwtAuthGuard implements CanActivate {
  constructor(
    private readonly tokens: TokenService,
    private readonly reflector: Reflector,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [context.getHandler(), context.getClass()])) return true;
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const response = context.switchToHttp().getResponse<ChallengeResponse>();
    const header = request.headers.authorization;
    const match = typeof header === 'string' ? BEARER.exec(header) : null;
    try {
      if (!match) throw new TokenRejected('missing');
      request.actor = await this.tokens.verify(match[1]);
      return true;
    } catch (e) {
      if (!(e instanceof TokenRejected)) throw e;
      if (e.reason === 'unavailable')
        throw new ServiceUnavailableException('身份提供方暂不可用 / Identity provider unavailable');
      if (e.reason === 'unknown_role')
        throw new ForbiddenException('令牌中没有本系统的角色 / The token carries no role known to this system');
      // RFC 6750 §3: the challenge tells clients to fetch a new token rather than retry.
      const error = e.reason === 'missing' ? '' : `, error="invalid_token", error_description="token ${e.reason}"`;
      response.setHeader('WWW-Authenticate', `Bearer realm="hazard-ledger"${error}`);
      throw new UnauthorizedException(MESSAGES[e.reason]);
    }
  }
}

/** The authenticated actor; on a @Public() route without a token it is a 401, never `undefined`. */
export const CurrentActor = createParamDecorator((_: unknown, context: ExecutionContext): Actor => {
  const actor = context.switchToHttp().getRequest<AuthenticatedRequest>().actor;
  if (!actor) throw new UnauthorizedException(MESSAGES.missing);
  return actor;
});
