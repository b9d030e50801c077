import { MigrationInterface } from 'typeorm';

/** Reads are evidence: the append-only, hash-chained access log. */
export const accessLogMigrations: (new () => MigrationInterface)[] = [];
