#!/usr/bin/env node
import 'reflect-metadata';
import { benchCommand } from './bench.command';

// The benchmarks are their own app: built by tsconfig.bench.json, never part of the production build or image.
benchCommand.parseAsync(process.argv).catch((error: unknown) => {
  console.error(`失败 / failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 2;
});
