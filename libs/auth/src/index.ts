/** Identity, roles, scopes and e-signatures (architecture.md §8): local or OIDC bearer tokens, re-auth at signing. */
export * from './auth-config';
export * from './auth.guard';
export * from './auth.module';
export * from './scopes';
export * from './passwords/password-hasher';
export * from './users/user.entity';
export * from './users/user-store';
export * from './tokens/claims';
export * from './tokens/token-service';
export * from './signatures/signature-meanings';
export * from './signatures/e-signature.service';
export * from './issue-token/issue-token.request';
export * from './issue-token/issue-token.controller';
export * from './seed/demo-users';
export * from './migrations/1764400002000-create-users';
export * from './migrations/1765065600000-add-safety-director-role';

import { AppUser } from './users/user.entity';
import { CreateUsers1764400002000 } from './migrations/1764400002000-create-users';
import { AddSafetyDirectorRole1765065600000 } from './migrations/1765065600000-add-safety-director-role';
import { AddIdentityCustodianRole1765200300000 } from './migrations/1765200300000-add-identity-custodian-role';

export const authEntities = [AppUser];
export const authMigrations = [
  CreateUsers1764400002000,
  AddSafetyDirectorRole1765065600000,
  AddIdentityCustodianRole1765200300000,
];
