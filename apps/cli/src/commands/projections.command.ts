import { Command } from 'commander';
import { ProjectionRunner, liveProjections } from '@hazard-ledger/read-models';
import { withPlatform } from './with-platform';

const status = new Command('status')
  .description('投影状态 / Checkpoint and lag of every projection')
  .option('--json', 'JSON 输出 / print JSON')
  .action(async (opts: { json?: boolean }) => {
    await withPlatform(async ({ dataSource, store }) => {
      // A runner that is never started only reads checkpoints; the state shown is this process's, so omit it.
      const rows = (await new ProjectionRunner(dataSource, store, liveProjections(store)).status()).map(
        ({ name, checkpoint, lagEvents }) => ({
          name,
          checkpoint,
          lagEvents,
        }),
      );
      if (opts.json) console.log(JSON.stringify(rows));
      else console.table(rows);
    });
  });

export const projectionsCommand = new Command('projections')
  .description('投影运维 / Projection operations')
  .addCommand(status);
