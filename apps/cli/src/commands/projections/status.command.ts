import { Command } from 'commander';
import { DataSource } from 'typeorm';
import { liveProjections } from '@hazard-ledger/read-models';
import { EventFeed, ProjectionRunner, rebuildActive, runnerActive } from '@hazard-ledger/projection-engine';
import { withPlatform } from '../with-platform';

export interface StatusRow {
  name: string;
  /** A runner's own state lives in its process; from here we see whether some process holds its lock. */
  state: 'running' | 'not running';
  rebuilding: boolean;
  checkpoint: string;
  lagEvents: number;
  lagMs: number;
  eventsApplied: number;
  updatedAt: string | null;
}

/** Every registered projection as the database shows it, whichever process runs (or rebuilds) it. */
export const readStatusRows = async (dataSource: DataSource, feed: EventFeed): Promise<StatusRow[]> => {
  // A runner that is never started only measures; its in-process state would always say "stopped".
  const statuses = await new ProjectionRunner(dataSource, feed, liveProjections(feed)).status();
  return Promise.all(
    statuses.map(async (s) => ({
      name: s.name,
      state: (await runnerActive(dataSource.manager, s.name)) ? ('running' as const) : ('not running' as const),
      rebuilding: await rebuildActive(dataSource.manager, s.name),
      checkpoint: s.checkpoint,
      lagEvents: s.lagEvents,
      lagMs: s.lagMs,
      eventsApplied: s.eventsApplied,
      updatedAt: s.updatedAt,
    })),
  );
};

export const statusCommand = new Command('status')
  .description('投影状态 / Checkpoint, lag (events and ms), events applied and last update of every projection')
  .option('--json', 'JSON 输出 / print JSON')
  .action(async (opts: { json?: boolean }) => {
    await withPlatform(async ({ dataSource, store }) => {
      const rows = await readStatusRows(dataSource, store);
      if (opts.json) console.log(JSON.stringify(rows));
      else console.table(rows);
    });
  });
