import { ACCESS_GENESIS_HASH, accessHash, isAccessHashAlgorithm } from './access-chain';
import { ACCESS_LOG_COLUMNS, AccessLogRow, AccessLogQuery, toChainedAccess } from './access-log-rows';

export type AccessLogBreakReason = 'broken-link' | 'hash-mismatch' | 'unknown-hash-algorithm' | 'head-missing';

export type AccessLogVerification =
  | { ok: true; entries: number }
  /** `entries` = intact entries before the break; for 'head-missing', brokenAtId is the last entry left ('0' if none). */
  | { ok: false; brokenAtId: string; reason: AccessLogBreakReason; entries: number };

export interface VerifyAccessLogOptions {
  /** Rows per read (default 5000), so a large log never sits in memory at once. */
  pageSize?: number;
  onProgress?: (checked: number) => void;
}

export const ACCESS_LOG_BREAK_REASONS: Record<AccessLogBreakReason, string> = {
  'broken-link': '链接断裂（前一哈希不符）/ broken link (prev_hash is not the previous entry’s hash)',
  'hash-mismatch': '内容被改动（哈希不符）/ content altered (recomputed hash differs)',
  'unknown-hash-algorithm': '未知哈希算法 / unknown hash algorithm',
  'head-missing':
    '锚定的最新记录不在链中（末尾记录被删除）/ the anchored head is not in the chain (entries removed from the end)',
};

/**
 * Walks the whole chain in id order, recomputing every hash from the stored row. Id order is chain order: a
 * writer can only link to a committed head, whose id was assigned before its own. The anchor (access_log_head),
 * read first, must be met on the way: otherwise the newest entries were cut off, which no link would show.
 */
export const verifyAccessLog = async (
  query: AccessLogQuery,
  options: VerifyAccessLogOptions = {},
): Promise<AccessLogVerification> => {
  const pageSize = Math.max(1, options.pageSize ?? 5000);
  let expectedPrev = ACCESS_GENESIS_HASH;
  let after = '0';
  let entries = 0;
  const [anchor] = (await query(`SELECT hash FROM access_log_head WHERE id = 1`)) as { hash: string }[];
  let anchorMet = anchor?.hash === ACCESS_GENESIS_HASH;
  for (;;) {
    const rows = (await query(
      `SELECT ${ACCESS_LOG_COLUMNS} FROM access_log a WHERE a.id > $1::bigint ORDER BY a.id LIMIT $2`,
      [after, pageSize],
    )) as AccessLogRow[];
    for (const row of rows) {
      const broken = (reason: AccessLogBreakReason) => ({ ok: false as const, brokenAtId: row.id, reason, entries });
      if (!isAccessHashAlgorithm(row.hash_alg)) return broken('unknown-hash-algorithm');
      if (row.prev_hash !== expectedPrev) return broken('broken-link');
      if (accessHash(row.hash_alg, toChainedAccess(row), row.prev_hash) !== row.hash) return broken('hash-mismatch');
      expectedPrev = row.hash;
      anchorMet ||= row.hash === anchor?.hash;
      entries += 1;
    }
    options.onProgress?.(entries);
    if (rows.length > 0) after = rows[rows.length - 1].id;
    if (rows.length < pageSize) break;
  }
  return anchorMet ? { ok: true, entries } : { ok: false, brokenAtId: after, reason: 'head-missing', entries };
};
