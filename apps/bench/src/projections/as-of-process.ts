import { fork } from 'node:child_process';
import { join } from 'node:path';
import { ProjectionsMeasurement } from './measurement';

/**
 * The as-of measurement in a fresh Node process, as an API process would serve it: one that never bulk-loaded or
 * rebuilt a million events, whose allocation history makes V8 pretenure short-lived row objects and stretches
 * minor GC pauses to the p99 (docs/performance.md). The in-process variant (measureAsOf) remains for tests.
 */
export const measureAsOfInFreshProcess: ProjectionsMeasurement = ({ databaseUrl, dataset }) =>
  new Promise((resolve, reject) => {
    const child = fork(join(__dirname, 'as-of-worker.js'), [databaseUrl, String(dataset.seed)], {
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    let figures: Record<string, number> | undefined;
    child.on('message', (message) => (figures = message as Record<string, number>));
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 && figures ? resolve(figures) : reject(new Error(`as-of worker exited with ${code}`)),
    );
  });
