#!/usr/bin/env node
import 'reflect-metadata';
import { Command } from 'commander';
import { ConfigError } from '@hazard-ledger/database';
import { accessLogCommand } from './commands/access-log.command';
import { importCommand } from './commands/import.command';
import { migrateCommand } from './commands/migrate.command';
import { projectionsCommand } from './commands/projections.command';
import { verifyCommand } from './commands/verify.command';
import { filesCommand } from './commands/files.command';
import { lookbackCommand } from './commands/lookback.command';

const program = new Command('hazard-ledger')
  .description('hazard ledger 隐患全过程记录 — operations CLI (uses DATABASE_URL, or starts the embedded PostgreSQL)')
  .version('0.1.0')
  .addCommand(migrateCommand)
  .addCommand(verifyCommand)
  .addCommand(projectionsCommand)
  .addCommand(accessLogCommand)
  .addCommand(filesCommand)
  .addCommand(importCommand)
  .addCommand(lookbackCommand);

program.parseAsync(process.argv).catch((error: unknown) => {
  console.error(
    error instanceof ConfigError
      ? error.message
      : `失败 / failed: ${error instanceof Error ? error.message : String(error)}`,
  );
  process.exitCode = 2;
});
