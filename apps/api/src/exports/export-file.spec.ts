import ExcelJS from 'exceljs';
import { LOOKBACK_QUERIES } from '@hazard-ledger/read-models';
import { sheetName } from './export-file';

describe('sheetName: every export title becomes a sheet Excel accepts', () => {
  const accepted = (title: string): string => {
    const book = new ExcelJS.Workbook();
    return book.addWorksheet(sheetName(title)).name;
  };

  it.each(LOOKBACK_QUERIES.map((q) => `${q.id} ${q.title.zh}`))('look-back title %s', (title) => {
    expect(() => accepted(title)).not.toThrow();
    expect(sheetName(title).length).toBeLessThanOrEqual(31);
    expect(sheetName(title).startsWith(title.slice(0, 5))).toBe(true);
  });

  it.each([
    ['given * ? : \\ / [ ] in a title, none of them is left', 'a*b?c:d\\e/f[g]h', 'a b c d e f g h'],
    ['given quotes at either end, they are dropped', "'quoted'", 'quoted'],
    ['given only forbidden characters, a name still exists', '/:*', 'sheet'],
  ])('%s', (_given, title, expected) => {
    expect(sheetName(title)).toBe(expected);
    expect(() => accepted(title)).not.toThrow();
  });
});
