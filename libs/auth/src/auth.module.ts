import { DynamicModule, Module, Provider } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { APP_GUARD } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AUTH_CONFIG, AUTH_ENV_KEYS, AuthConfig, authConfigFromEnv } from './auth-config';
import { JwtAuthGuard } from './auth.guard';
import { IssueTokenController } from './issue-token/issue-token.controller';
import { PasswordHasher } from './passwords/password-hasher';
import { ESignatureService } from './signatures/e-signature.service';
import { TokenService } from './tokens/token-service';
import { AppUser } from './users/user.entity';
import { UserStore } from './users/user-store';

export interface AuthModuleOptions {
  /** Require a bearer token on every route unless marked @Public() (the safe default for the API). */
  guardAllRoutes: boolean;
  /** Given explicitly in tests; otherwise read from the global ConfigService (falling back to process.env). */
  config?: AuthConfig;
}

/** Needs a TypeORM root connection whose entities include `authEntities` (PlatformModule registers them). */
@Module({})
export class AuthModule {
  static forRoot(options: AuthModuleOptions): DynamicModule {
    const configProvider: Provider = options.config
      ? { provide: AUTH_CONFIG, useValue: options.config }
      : {
          provide: AUTH_CONFIG,
          inject: [ConfigService],
          useFactory: (config: ConfigService) =>
            authConfigFromEnv(Object.fromEntries(AUTH_ENV_KEYS.map((k) => [k, config.get<unknown>(k)]))),
        };
    return {
      module: AuthModule,
      // Global: every command slice may need the e-signature service or the user store.
      global: true,
      imports: [TypeOrmModule.forFeature([AppUser])],
      controllers: [IssueTokenController],
      providers: [
        configProvider,
        PasswordHasher,
        UserStore,
        TokenService,
        ESignatureService,
        JwtAuthGuard,
        ...(options.guardAllRoutes ? [{ provide: APP_GUARD, useExisting: JwtAuthGuard }] : []),
      ],
      exports: [AUTH_CONFIG, PasswordHasher, UserStore, TokenService, ESignatureService, JwtAuthGuard],
    };
  }
}
