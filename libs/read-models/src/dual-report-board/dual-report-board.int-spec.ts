import { hoursAfter, useBoardHistory } from '../hazard-record/board-history.fixture';
import * as fx from '@hazard-ledger/domain/fixtures/hazard';
import { queryDualReportBoard } from './dual-report-board.query';

describe('双报告 board on real PostgreSQL', () => {
  const { db, query } = useBoardHistory();

  it('双报告: the late regulator receipt and the missing congress report are breaches, with their delays', async () => {
    const { items, total } = await queryDualReportBoard(db(), query({ flagged: true }));
    expect(total).toBe(1);
    expect(items[0]).toMatchObject({
      hazardId: fx.HAZARD_ID,
      jurisdiction: '140404',
      regulator: { allowedHours: 24, delayHours: 30, breach: true, dueBy: '2024-03-11T00:00:00.000000Z' },
      workersCongress: { allowedHours: 72, receivedAt: null, delayHours: null, elapsedHours: 100, breach: true },
    });
  });

  it('双报告: judged at an earlier instant, the congress report was not yet late', async () => {
    const { items } = await queryDualReportBoard(db(), query({ now: hoursAfter(48) }));
    expect(items[0]).toMatchObject({ workersCongress: { elapsedHours: 48, breach: false } });
  });
});
