import { MigrationInterface } from 'typeorm';
import { CreateAccessLog1764400003000 } from './1764400003000-create-access-log';

export { CreateAccessLog1764400003000 } from './1764400003000-create-access-log';
export * from './access-entry';
export { ACCESS_GENESIS_HASH, accessHash, accessHashInput } from './access-chain';
export type { AccessLogEntryView, AccessLogQuery } from './access-log-rows';
export * from './access-log-writer';
export * from './verify-access-log';
export * from './find-accesses';
export * from './access-log.module';

/** Reads are evidence: the append-only, hash-chained access log. */
export const accessLogMigrations: (new () => MigrationInterface)[] = [CreateAccessLog1764400003000];
