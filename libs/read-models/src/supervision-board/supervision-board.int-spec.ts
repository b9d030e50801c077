import { DETERMINED, useBoardHistory } from '../hazard-record/board-history.fixture';
import * as fx from '@hazard-ledger/domain/fixtures/hazard';
import { querySupervisionBoard } from './supervision-board.query';

describe('挂牌督办 board on real PostgreSQL', () => {
  const { db, query } = useBoardHistory();

  it('挂牌督办: the granted extension moved the deadline; overdue only once it passed', async () => {
    const granted = fx.anExtensionGranted().data.newDeadline;
    const { items } = await querySupervisionBoard(db(), query({ now: DETERMINED }));
    expect(items[0]).toMatchObject({
      deadline: granted.replace('.000Z', '.000000Z'),
      extensionsGranted: 1,
      overdue: false,
    });
    const later = new Date(Date.parse(granted) + 1000).toISOString();
    expect((await querySupervisionBoard(db(), query({ now: later, flagged: true }))).total).toBe(1);
    expect((await querySupervisionBoard(db(), query({ now: DETERMINED, flagged: true }))).total).toBe(0);
  });
});
