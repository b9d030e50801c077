import { hostname, userInfo } from 'node:os';
import { Command, InvalidArgumentError } from 'commander';
import {
  ACCESS_LOG_BREAK_REASONS,
  AccessActor,
  AccessLogFilter,
  AccessLogQuery,
  AccessLogWriter,
  MAX_ACCESS_PAGE,
  findAccesses,
  verifyAccessLog,
} from '@hazard-ledger/access-log';
import { withPlatform } from './with-platform';

type Print = (line: string) => void;

/** Exit code 0 when the chain is intact, 1 with the first broken id otherwise. */
export const runAccessLogVerify = async (query: AccessLogQuery, print: Print = console.log): Promise<number> => {
  const result = await verifyAccessLog(query);
  if (result.ok) {
    print(`访问日志哈希链完整 / access log chain intact: ${result.entries} entries`);
    return 0;
  }
  print(
    `访问日志哈希链断裂 / ACCESS LOG CHAIN BROKEN — first break at id ${result.brokenAtId}: ` +
      `${ACCESS_LOG_BREAK_REASONS[result.reason]} (${result.reason}); ${result.entries} intact entries before it`,
  );
  return 1;
};

export interface ListOptions {
  record?: string;
  actor?: string;
  before?: string;
  after?: string;
  limit: number;
  cursor?: string;
  json?: boolean;
}

/** Whoever runs the CLI, as the operating system knows them: reading the access log is itself an access. */
const cliActor = (): AccessActor => {
  const name = userInfo().username;
  return { id: `os:${name}`, name, role: 'cli-operator', org: hostname() };
};

/** Lists matching entries; the listing is recorded (and committed) before anything is printed. */
export const runAccessLogList = async (
  query: AccessLogQuery,
  writer: AccessLogWriter,
  opts: ListOptions,
  print: Print = console.log,
  actor: AccessActor = cliActor(),
): Promise<void> => {
  const filter: AccessLogFilter = {
    recordId: opts.record,
    actorId: opts.actor,
    before: opts.before,
    after: opts.after,
    limit: opts.limit,
    cursor: opts.cursor,
  };
  const page = await findAccesses(query, filter);
  await writer.record({
    actor,
    kind: 'read',
    recordType: 'access-log',
    recordIds: page.entries.map((e) => e.id),
    query: { command: 'access-log list', ...filter },
  });
  if (opts.json) {
    print(JSON.stringify(page));
    return;
  }
  for (const e of page.entries)
    print(
      `${e.id}\t${e.accessedAt}\t${e.actor.id} (${e.actor.name}, ${e.actor.role}, ${e.actor.org})\t${e.kind}\t` +
        `${e.recordType}\t${e.recordIds.join(',')}${e.purpose ? `\t目的 / purpose: ${e.purpose}` : ''}`,
    );
  print(`共 ${page.entries.length} 条 / ${page.entries.length} entries`);
  if (page.nextCursor) print(`还有更多 / more: --cursor ${page.nextCursor}`);
};

const pageLimit = (value: string): number => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > MAX_ACCESS_PAGE)
    throw new InvalidArgumentError(
      `条数须为 1–${MAX_ACCESS_PAGE} / limit must be an integer from 1 to ${MAX_ACCESS_PAGE}`,
    );
  return n;
};

const verify = new Command('verify')
  .description('重算访问日志哈希链 / Recompute the access log’s hash chain; exit 1 at the first broken id')
  .action(async () => {
    process.exitCode = await withPlatform(({ dataSource }) =>
      runAccessLogVerify((sql, params) => dataSource.query(sql, params)),
    );
  });

const list = new Command('list')
  .description('查询访问记录（按编号升序）/ List accesses, oldest first (this listing is itself logged)')
  .option('--record <id>', '被访问的记录编号 / entries that include this record id')
  .option('--actor <id>', '访问者编号 / entries by this actor id')
  .option('--before <iso>', '早于（不含）/ accessed before this ISO 8601 time (exclusive)')
  .option('--after <iso>', '不早于（含）/ accessed at or after this ISO 8601 time (inclusive)')
  .option('--limit <n>', `每页条数（≤${MAX_ACCESS_PAGE}）/ entries per page`, pageLimit, 100)
  .option('--cursor <cursor>', '上一页给出的游标 / cursor printed by the previous page')
  .option('--json', 'JSON 输出 / print JSON')
  .action(async (opts: ListOptions) => {
    await withPlatform(async ({ dataSource, config }) => {
      const query: AccessLogQuery = (sql, params) => dataSource.query(sql, params);
      await runAccessLogList(query, new AccessLogWriter(query, { hashAlgorithm: config.HASH_ALGORITHM }), opts);
    });
  });

export const accessLogCommand = new Command('access-log')
  .description('访问日志（谁看过哪些隐患数据）/ Access log: who read which hazard data')
  .addCommand(verify)
  .addCommand(list);
