/** 举报人身份保管库: reporter identities encrypted outside the event log, per-reporter data keys, crypto-shredding. */
import { CreateTipIdentityVault1765200300100 } from './1765200300100-create-tip-identity-vault';
import { CreateTipClaimAttempts1765200300200 } from './1765200300200-create-tip-claim-attempts';

export * from './tip-vault';
export * from './tip-vault.module';
export * from './vault-config';
export { claimCodeMatches, hashClaimCode, newClaimCode, sha256Hex } from './vault-crypto';
export { CreateTipIdentityVault1765200300100, CreateTipClaimAttempts1765200300200 };
export const tipVaultMigrations = [CreateTipIdentityVault1765200300100, CreateTipClaimAttempts1765200300200];
