import { Fact } from './facts';
import { suspensionsOf } from './lb-17-resumed-before-approval';

let position = 0;
const fact = (type: string, data: Record<string, unknown>, actorId = 'u-inspector-zhang'): Fact => ({
  position: String(++position),
  streamId: 'mine-m1',
  category: 'mine',
  entityId: 'm1',
  revision: position,
  type,
  mineId: 'm1',
  actorId,
  actorName: actorId,
  actorRole: actorId.includes('leader') ? 'supervising_leader' : 'inspector',
  occurredAt: String(data.suspendedAt ?? data.resumedAt),
  recordedAt: String(data.suspendedAt ?? data.resumedAt),
  data,
});
const suspended = (orderNo: string, at: string, extent = 'full', supersedes?: string) =>
  fact('MineProductionSuspended', {
    orderNo,
    scope: { extent, ...(extent === 'partial' ? { area: '-120m 中段' } : {}) },
    suspendedAt: at,
    ...(supersedes ? { supersedes } : {}),
  });
const resumed = (approvalNo: string, at: string) =>
  fact('MineProductionResumed', { approvalNo, resumedAt: at }, 'u-leader-wang');

describe('LB-17: the suspensions of a mine, folded from its orders', () => {
  it('runs a suspension from its order to the approval; a later order starts another', () => {
    const list = suspensionsOf([
      suspended('停1', '2024-03-01T00:00:00.000Z'),
      resumed('复1', '2024-04-01T00:00:00.000Z'),
      suspended('停2', '2024-05-01T00:00:00.000Z'),
    ]);
    expect(list.map((s) => [s.orderNo, s.suspendedAt, s.approval?.approvalNo ?? null])).toEqual([
      ['停1', '2024-03-01T00:00:00.000Z', '复1'],
      ['停2', '2024-05-01T00:00:00.000Z', null],
    ]);
    expect(list[0].approval?.approvedBy).toEqual({
      id: 'u-leader-wang',
      name: 'u-leader-wang',
      role: 'supervising_leader',
    });
  });

  it('keeps a partial order widened to full as one suspension from the first order, both orders as evidence', () => {
    const [only, ...rest] = suspensionsOf([
      suspended('停1', '2024-03-01T00:00:00.000Z', 'partial'),
      suspended('停2', '2024-03-05T00:00:00.000Z', 'full', '停1'),
      resumed('复1', '2024-04-01T00:00:00.000Z'),
    ]);
    expect(rest).toEqual([]);
    expect(only).toMatchObject({
      orderNo: '停1',
      extent: 'full',
      area: null,
      suspendedAt: '2024-03-01T00:00:00.000Z',
    });
    expect(only.positions).toHaveLength(2);
  });

  it('ignores an approval with no suspension in force', () => {
    expect(suspensionsOf([resumed('复0', '2024-01-01T00:00:00.000Z')])).toEqual([]);
  });
});
