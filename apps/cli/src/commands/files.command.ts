import { Command } from 'commander';
import { Presets, SingleBar } from 'cli-progress';
import { LogPosition, START } from '@hazard-ledger/domain';
import { EventStore } from '@hazard-ledger/event-store';
import { Citation, FilesReport, addCitations, fileStoreFromEnv, verifyFiles } from '@hazard-ledger/file-store';
import { withPlatform } from './with-platform';

/** Every SM3 digest the log cites as evidence, read through the event store port in batches. */
const citationsInLog = async (store: EventStore): Promise<Map<string, Citation>> => {
  const cited = new Map<string, Citation>();
  let from: LogPosition = START;
  for (;;) {
    const batch = await store.readAll({ from, limit: 1000 });
    for (const event of batch.events) addCitations(cited, event.streamId, event.data);
    if (batch.events.length === 0) return cited;
    from = batch.checkpoint;
  }
};

const printReport = (report: FilesReport): number => {
  for (const m of report.missing) console.log(`缺失 / MISSING ${m.digest} cited by ${m.citedBy.join(', ')}`);
  for (const a of report.altered) console.log(`被改动 / ALTERED ${a.digest} (bytes hash to ${a.actual})`);
  for (const p of report.pending)
    console.log(`待上传 / pending upload ${p.digest} cited by ${p.citedBy.join(', ')} (offline capture, flagged)`);
  console.log(
    `已校验 / checked: ${report.checkedFiles} stored files; missing ${report.missing.length}, ` +
      `altered ${report.altered.length}, pending uploads ${report.pending.length}`,
  );
  return report.missing.length + report.altered.length > 0 ? 1 : 0;
};

const verifyFilesCommand = new Command('verify')
  .description(
    '重算每个证据文件的 SM3 并与日志引用核对 / Re-hash every stored evidence file and check every cited one is held; exit 1 on any missing or altered',
  )
  .option('--no-progress', '不显示进度条 / no progress bar')
  .action(async (opts: { progress: boolean }) => {
    const files = fileStoreFromEnv(process.env);
    const code = await withPlatform(async ({ store }) => {
      const cited = await citationsInLog(store);
      const bar = new SingleBar(
        { format: 'files [{bar}] {percentage}% | {value}/{total} files | ETA {eta_formatted}', stream: process.stderr },
        Presets.shades_classic,
      );
      let started = false;
      const report = await verifyFiles(files, cited, (done, total) => {
        if (!opts.progress) return;
        if (!started) bar.start(total, 0);
        started = true;
        bar.update(done);
      });
      if (started) bar.stop();
      return printReport(report);
    });
    process.exitCode = code;
  });

export const filesCommand = new Command('files')
  .description('证据文件 / Evidence files (photos, recorder footage, scanned documents)')
  .addCommand(verifyFilesCommand);
