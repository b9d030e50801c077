import { hostname, userInfo } from 'node:os';
import { Command } from 'commander';
import { AccessLogQuery, AccessLogWriter } from '@hazard-ledger/access-log';
import { formatPosition } from '@hazard-ledger/domain';
import { readCheckpoint } from '@hazard-ledger/projection-engine';
import {
  LOOKBACK_QUERIES,
  LookbackParams,
  LookbackRow,
  findLookbackQuery,
  paramsNotTaken,
  resolveCut,
  runLookback,
} from '@hazard-ledger/read-models';
import { withPlatform } from './with-platform';

type Print = (line: string) => void;
type Db = { query: (sql: string, params?: unknown[]) => Promise<never> };

export interface LookbackOptions {
  mine?: string;
  hazard?: string;
  jurisdiction?: string;
  from?: string;
  to?: string;
  asOf?: string;
  json?: boolean;
  purpose?: string;
}

const cell = (v: unknown): string =>
  v === null || v === undefined ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v);

export const runLookbackList = (print: Print = console.log): void => {
  for (const q of LOOKBACK_QUERIES) print(`${q.id}\tv${q.version}\t${q.title.zh} / ${q.title.en}`);
  print(`共 ${LOOKBACK_QUERIES.length} 个 / ${LOOKBACK_QUERIES.length} queries (docs/lookback.md lists all 27)`);
};

/**
 * Runs a look-back query against the facts as the projector has built them (the answer names that position), logs
 * the read in the access log (actor = the OS user), then prints a table or JSON. Exit code 1 for an unknown id.
 */
export const runLookbackCommand = async (
  db: Db,
  writer: AccessLogWriter,
  id: string,
  opts: LookbackOptions,
  print: Print = console.log,
): Promise<number> => {
  const query = findLookbackQuery(id);
  if (!query) {
    print(`没有该倒查查询 / No look-back query "${id}" (see: lookback list)`);
    return 1;
  }
  const params: LookbackParams = {
    ...(opts.hazard ? { hazardId: opts.hazard } : {}),
    ...(opts.mine ? { mineId: opts.mine } : {}),
    ...(opts.jurisdiction ? { jurisdiction: opts.jurisdiction } : {}),
    ...(opts.from ? { from: opts.from } : {}),
    ...(opts.to ? { to: opts.to } : {}),
  };
  const notTaken = paramsNotTaken(query, params);
  if (notTaken.length > 0) {
    print(
      `${query.id} 不接受参数 ${notTaken.join('、')} / ${query.id} takes no ${notTaken.join(', ')} (see: lookback list)`,
    );
    return 1;
  }
  const checkpoint = formatPosition(await readCheckpoint(db as never, 'lookback-facts'));
  const cut = await resolveCut(db, opts.asOf ?? new Date().toISOString());
  const rows: LookbackRow[] = await runLookback(db, query, cut, params);
  const name = userInfo().username;
  await writer.record({
    actor: { id: `os:${name}`, name, role: 'cli-operator', org: hostname() },
    kind: 'read',
    recordType: `lookback:${query.id}`,
    recordIds: [...new Set(rows.flatMap((r) => r.evidence.map((e) => e.streamId)))],
    asOfPosition: checkpoint,
    query: { command: `lookback ${query.id}`, ...params, asOf: cut.asOf },
    ...(opts.purpose ? { purpose: opts.purpose } : {}),
  });
  if (opts.json) {
    print(JSON.stringify({ query: { id: query.id, version: query.version }, cut, asOfPosition: checkpoint, rows }));
    return 0;
  }
  print(`${query.id} v${query.version} ${query.title.zh} / ${query.title.en}`);
  print(`截点 / cut: asOf ${cut.asOf}, through position ${cut.throughPosition ?? '—'}; facts at ${checkpoint}`);
  print([...query.columns.map((c) => c.header), '证据 evidence'].join('\t'));
  for (const row of rows)
    print(
      [
        ...query.columns.map((c) => cell(row[c.field])),
        row.evidence.map((e) => `${e.position}:${e.type}`).join(' '),
      ].join('\t'),
    );
  print(`共 ${rows.length} 行 / ${rows.length} rows`);
  return 0;
};

export const lookbackCommand = new Command('lookback')
  .description('执法责任倒查 / Run a look-back query as of any date (`lookback list` lists them)')
  .argument('<id>', '查询编号或 list / a query id, or "list"')
  .option('--mine <id>', '矿山 / mine id')
  .option('--hazard <id>', '隐患（LB-01）/ hazard id')
  .option('--jurisdiction <code>', '辖区 / jurisdiction code')
  .option('--from <iso>', '期间起 / period start (system time)')
  .option('--to <iso>', '期间止 / period end (system time)')
  .option('--as-of <iso>', '系统时间截点 / system-time cut (default now)')
  .option('--purpose <text>', '查询目的（记入访问日志）/ purpose, written to the access log')
  .option('--json', 'JSON 输出 / print JSON')
  .action(async (id: string, opts: LookbackOptions) => {
    if (id === 'list') return runLookbackList();
    process.exitCode = await withPlatform(({ dataSource, config }) => {
      const query: AccessLogQuery = (sql, params) => dataSource.query(sql, params);
      const writer = new AccessLogWriter(query, { hashAlgorithm: config.HASH_ALGORITHM });
      return runLookbackCommand(dataSource as unknown as Db, writer, id, opts);
    });
  });
