import { Module } from '@nestjs/common';
import { TipVault } from './tip-vault';
import { TIP_VAULT_MASTER_KEY, masterKeyFromEnv } from './vault-config';

/** The vault and its master key (read once at start-up; a bad key stops the start with the variable's name). */
@Module({
  providers: [TipVault, { provide: TIP_VAULT_MASTER_KEY, useFactory: () => masterKeyFromEnv(process.env) }],
  exports: [TipVault],
})
export class TipVaultModule {}
