import { StreamableFile } from '@nestjs/common';
import { Response } from 'express';
import type ExcelJSModule from 'exceljs';
import { stringify } from 'csv-stringify/sync';
import { ExportColumn } from './export-columns';

export type ExportFormat = 'xlsx' | 'csv';

export interface ExportMeta {
  title: string;
  asOfPosition: string;
  asOf?: string;
  validAt?: string;
  exportedBy: string;
}

/** Excel refuses * ? : \\ / [ ] and a leading or trailing quote in a sheet name, and keeps 31 characters. */
export const sheetName = (title: string): string =>
  title
    .replace(/[*?:\\/[\]]/g, ' ')
    .slice(0, 31)
    .replace(/^'+|'+$/g, '')
    .trim() || 'sheet';

/** exceljs takes ~0.2 s to load (0.7 s under CI load): loaded at the first .xlsx export, not at every start. */
const loadExcel = async (): Promise<typeof ExcelJSModule> => (await import('exceljs')).default;

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Writes rows as .xlsx (a sheet of rows plus a sheet saying what was exported, as of when) or UTF-8 CSV with BOM. */
export const exportFile = async (
  format: ExportFormat,
  columns: ExportColumn[],
  rows: Record<string, unknown>[],
  meta: ExportMeta,
  response: Response,
): Promise<StreamableFile> => {
  const table = rows.map((row) => columns.map((c) => c.value(row)));
  const name = `${meta.title}-${new Date().toISOString().slice(0, 10)}.${format}`;
  response.setHeader('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(name)}`);
  response.setHeader('X-As-Of-Position', meta.asOfPosition);
  if (format === 'csv') {
    response.setHeader('Content-Type', 'text/csv; charset=utf-8');
    // The BOM makes Excel read the Chinese headers as UTF-8.
    const csv = '\ufeff' + stringify([columns.map((c) => c.header), ...table]);
    return new StreamableFile(Buffer.from(csv, 'utf8'));
  }
  const book = new (await loadExcel()).Workbook();
  book.creator = meta.exportedBy;
  const sheet = book.addWorksheet(sheetName(meta.title));
  sheet.addRow(columns.map((c) => c.header)).font = { bold: true };
  for (const line of table) sheet.addRow(line);
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  const about = book.addWorksheet('导出说明 about');
  about.addRows([
    ['导出内容 content', meta.title],
    ['导出人 exported by', meta.exportedBy],
    ['导出时间 exported at', new Date().toISOString()],
    ['日志位置 asOfPosition', meta.asOfPosition],
    ['系统时间 asOf', meta.asOf ?? '当前 now'],
    ['有效时间 validAt', meta.validAt ?? '—'],
    ['行数 rows', rows.length],
  ]);
  response.setHeader('Content-Type', XLSX);
  return new StreamableFile(Buffer.from(await book.xlsx.writeBuffer()));
};
