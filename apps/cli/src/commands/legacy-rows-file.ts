import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { parseString } from '@fast-csv/parse';
import { LegacyRow, RowError, isRowError, parseLegacyRow } from '@hazard-ledger/domain';

/** CSV columns (docs/legacy-import.md); `data` holds the step's fields as a JSON object. */
const CSV_HEADERS = ['hazard', 'step', 'occurredAt', 'byName', 'byRole', 'byOrg', 'byCertificateNo', 'data'];

export interface ParsedFile {
  rows: LegacyRow[];
  errors: RowError[];
}

/** Reads a .json (array of rows) or .csv file; rows are numbered from 1 in file order, the CSV header excluded. */
export const readLegacyRows = async (path: string): Promise<ParsedFile> => {
  const text = await readFile(path, 'utf8');
  const raw = extname(path).toLowerCase() === '.csv' ? await csvRows(text) : jsonRows(text);
  const parsed = raw.map((r, i) =>
    isRowError(r as LegacyRow | RowError) ? (r as RowError) : parseLegacyRow(r, i + 1),
  );
  return {
    rows: parsed.filter((r): r is LegacyRow => !isRowError(r)),
    errors: parsed.filter(isRowError),
  };
};

const jsonRows = (text: string): unknown[] => {
  const value: unknown = JSON.parse(text);
  if (!Array.isArray(value)) throw new Error('JSON 文件须为行的数组 / a JSON file must hold an array of rows');
  return value;
};

const csvRows = (text: string): Promise<unknown[]> =>
  new Promise((resolve, reject) => {
    const rows: unknown[] = [];
    parseString<Record<string, string>, Record<string, string>>(text, { headers: true, trim: true })
      .on('error', reject)
      .on('data', (record: Record<string, string>) => rows.push(fromCsv(record, rows.length + 1)))
      .on('end', () => resolve(rows));
  });

const fromCsv = (record: Record<string, string>, row: number): unknown => {
  const missing = CSV_HEADERS.filter((h) => !(h in record));
  if (missing.length > 0) return { row, reason: `缺少列 / missing columns: ${missing.join(', ')}` };
  let data: unknown;
  try {
    data = record.data ? JSON.parse(record.data) : {};
  } catch {
    return { row, reason: 'data 列不是 JSON / the data column is not JSON' };
  }
  const { hazard, step, occurredAt, byName: name, byRole: role, byOrg: org, byCertificateNo } = record;
  const by = { name, role, org, ...(byCertificateNo ? { certificateNo: byCertificateNo } : {}) };
  return { hazard, step, occurredAt, by, data };
};
