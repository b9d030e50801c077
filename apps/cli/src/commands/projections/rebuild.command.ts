import { Command, InvalidArgumentError } from 'commander';
import { findDefinition, projectionDefinitions } from '@hazard-ledger/read-models';
import { RebuildResult, rebuildProjection } from '@hazard-ledger/projection-engine';
import { withPlatform } from '../with-platform';
import { progressView } from './progress-view';

const positiveInt = (value: string): number => {
  if (!/^[1-9]\d*$/.test(value)) throw new InvalidArgumentError('必须是正整数 / must be a positive integer');
  return Number(value);
};

export const rebuiltLine = (name: string, r: RebuildResult): string =>
  `重建完成 / rebuilt ${name}: ${r.events} events in ${r.seconds.toFixed(1)} s ` +
  `(${Math.round(r.events / Math.max(r.seconds, 0.001))} events/s; ${r.method})`;

export const rebuildCommand = new Command('rebuild')
  .description(
    '重建投影 / Rebuild a projection from the start of the log into shadow tables and swap them in (the API stays up)',
  )
  .argument('<name>', '投影名 / projection name (see `projections status`)')
  .option('--batch-size <events>', '每批事件数 / events per batch', positiveInt, 1000)
  .option('--no-progress', '不显示进度 / no progress output')
  .action(async (name: string, opts: { batchSize: number; progress: boolean }) => {
    const definition = findDefinition(name);
    if (!definition) {
      const known = projectionDefinitions.map((d) => d.name).join(', ');
      console.error(`未知投影 / unknown projection "${name}"; known: ${known}`);
      process.exitCode = 2;
      return;
    }
    // The first Ctrl-C stops the fill between batches and removes the shadow tables; a second one kills.
    const abort = new AbortController();
    const onSigint = () => abort.abort();
    process.once('SIGINT', onSigint);
    const view = progressView(name, { enabled: opts.progress });
    try {
      const result = await withPlatform(({ dataSource, store }) =>
        rebuildProjection({
          dataSource,
          feed: store,
          definition,
          batchSize: opts.batchSize,
          onProgress: (p) => view.update(p),
          signal: abort.signal,
        }),
      );
      view.stop(); // the bar's last redraw first, then the summary on its own line
      console.log(rebuiltLine(name, result));
    } finally {
      view.stop();
      process.off('SIGINT', onSigint);
    }
  });
