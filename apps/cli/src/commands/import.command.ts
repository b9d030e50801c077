import { Command } from 'commander';
import { DataSource } from 'typeorm';
import { importLegacyRows } from '@hazard-ledger/event-store';
import { readLegacyRows } from './legacy-rows-file';
import { withPlatform } from './with-platform';

interface Options {
  source: string;
  by: string;
}

/** The importer answers for the record: an active supervising leader (ADR 20261207-legacy-import). */
const importer = async (db: DataSource, username: string): Promise<{ id: string; name: string }> => {
  const rows: { id: string; display_name: string; role: string }[] = await db.query(
    `SELECT id, display_name, role FROM app_users WHERE username = $1 AND NOT disabled`,
    [username],
  );
  const user = rows[0];
  if (!user || user.role !== 'supervising_leader')
    throw new Error(`导入人须为在职的督办领导 / --by must name an active supervising leader: ${username}`);
  return { id: user.id, name: user.display_name };
};

export const importCommand = new Command('import')
  .description(
    '导入历史纸质隐患记录 / Import legacy hazard records (CSV or JSON): every step with its true time, checked by the ' +
      'hazard decider; one bad row and nothing is written (docs/legacy-import.md)',
  )
  .argument('<file>', '.csv 或 .json 文件 / a .csv or .json file')
  .requiredOption('--source <document>', '来源文件（纸质台账名称、编号）/ the source document')
  .requiredOption('--by <username>', '导入人（督办领导）/ the user who imports')
  .action(async (file: string, opts: Options) => {
    const parsed = await readLegacyRows(file);
    const code = await withPlatform(async ({ dataSource, store }) => {
      const by = await importer(dataSource, opts.by);
      if (parsed.errors.length > 0) return report(parsed.errors);
      const run = { by, sourceDocument: opts.source, importedAt: new Date().toISOString() };
      const result = await importLegacyRows(store, parsed.rows, run);
      if (!result.ok) return report(result.errors);
      const events = result.hazards.reduce((n, h) => n + h.events.length, 0);
      for (const h of result.hazards) console.log(`  ${h.reference} → ${h.hazardId} (${h.events.length} events)`);
      console.log(`已导入 / imported: ${result.hazards.length} hazards, ${events} events from ${opts.source}`);
      return 0;
    });
    process.exitCode = code;
  });

const report = (errors: { row: number; reason: string }[]): number => {
  for (const e of errors) console.log(`第 ${e.row} 行 / row ${e.row}: ${e.reason}`);
  console.log(`未写入任何记录 / nothing was written: ${errors.length} bad row(s)`);
  return 1;
};
