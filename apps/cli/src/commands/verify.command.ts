import { Command, InvalidArgumentError } from 'commander';
import { SingleBar, Presets } from 'cli-progress';
import { PostgresEventStore, VerifyReport, verifyLog, verifyPostgresChain } from '@hazard-ledger/event-store';
import { withPlatform } from './with-platform';

const position = (value: string): bigint => {
  if (!/^\d+$/.test(value))
    throw new InvalidArgumentError('全局位置必须是非负整数 / position must be a non-negative integer');
  return BigInt(value);
};

const printReport = (report: VerifyReport): number => {
  if (report.breaks.length === 0) {
    console.log(`哈希链完整 / chain intact: ${report.checkedEvents} events in ${report.checkedStreams} streams`);
    return 0;
  }
  const first = report.breaks[0];
  console.log(
    `哈希链断裂 / CHAIN BROKEN — first break: stream ${first.streamId}, revision ${first.revision}, ` +
      `global position ${first.position} (${first.problem})`,
  );
  for (const b of report.breaks)
    console.log(
      `  stream=${b.streamId} revision=${b.revision} position=${b.position} problem=${b.problem} stored=${b.storedHash} expected=${b.expectedHash}`,
    );
  console.log(
    `已检查 / checked: ${report.checkedEvents} events in ${report.checkedStreams} streams; broken streams: ${report.breaks.length}`,
  );
  return 1;
};

export const verifyCommand = new Command('verify')
  .description(
    '重算哈希链 / Recompute every stream’s hash chain (or one stream, or a position range); exit 1 on the first break',
  )
  .option('-s, --stream <streamId>', '只校验一个流 / only this stream')
  .option('--from <position>', '起始全局位置（含）/ first global position (inclusive)', position)
  .option('--to <position>', '结束全局位置（含）/ last global position (inclusive)', position)
  .option('--no-progress', '不显示进度条 / no progress bar')
  .action(async (opts: { stream?: string; from?: bigint; to?: bigint; progress: boolean }) => {
    const code = await withPlatform(async ({ store }) => {
      const bar = new SingleBar(
        {
          format: 'verify [{bar}] {percentage}% | {value}/{total} events | ETA {eta_formatted}',
          stream: process.stderr,
        },
        Presets.shades_classic,
      );
      let started = false;
      const onProgress = (done: number, total: number) => {
        if (!opts.progress || total < 5000) return;
        if (!started) {
          bar.start(total, 0);
          started = true;
        }
        bar.update(done);
      };
      const report =
        store instanceof PostgresEventStore
          ? await verifyPostgresChain(
              store.pool,
              { streamId: opts.stream, fromPosition: opts.from, toPosition: opts.to },
              onProgress,
            )
          : await verifyLog(store, { streamId: opts.stream }, onProgress);
      if (started) bar.stop();
      return printReport(report);
    });
    process.exitCode = code;
  });
