import { START } from '@hazard-ledger/domain';
import { EventFeed } from '../projection';
import { ProgressMeter, RebuildProgress } from './rebuild-progress';
import { isLockConflict } from './swap-in';

const feedCounting = (...remaining: number[]): EventFeed =>
  ({ countAfter: jest.fn(async () => remaining.shift() ?? 0) }) as unknown as EventFeed;

describe('rebuild progress', () => {
  beforeEach(() => jest.useFakeTimers({ now: 0 }));
  afterEach(() => jest.useRealTimers());

  it('reports applied of total, the rate and the time left', async () => {
    const seen: RebuildProgress[] = [];
    const meter = new ProgressMeter(feedCounting(100), (p) => seen.push(p), 60_000);
    await meter.start(START);
    jest.setSystemTime(2000);
    await meter.add(40, START);
    expect(seen).toEqual([
      { applied: 0, total: 100, eventsPerSecond: 0, etaSeconds: Number.POSITIVE_INFINITY },
      { applied: 40, total: 100, eventsPerSecond: 20, etaSeconds: 3 },
    ]);
  });

  it('recounts now and then: appends raise the total, filtered streams lower it, the end makes it exact', async () => {
    const seen: RebuildProgress[] = [];
    const meter = new ProgressMeter(feedCounting(100, 90, 10), (p) => seen.push(p), 1000);
    await meter.start(START);
    jest.setSystemTime(1000);
    await meter.add(20, START); // 90 more after the checkpoint now: total 110
    jest.setSystemTime(2000);
    await meter.add(30, START); // only 10 left (the rest was filtered out): total 60
    await meter.add(5, START, true);
    expect(seen.map((p) => [p.applied, p.total])).toEqual([
      [0, 100],
      [20, 110],
      [50, 60],
      [55, 55],
    ]);
    expect(seen.at(-1)?.etaSeconds).toBe(0);
  });

  it('counts nothing when nobody listens', async () => {
    const feed = feedCounting(100);
    const meter = new ProgressMeter(feed);
    await meter.start(START);
    await meter.add(10, START);
    expect(feed.countAfter).not.toHaveBeenCalled();
  });
});

describe('swap retries', () => {
  it('retries the swap only after a lock timeout or a deadlock', () => {
    expect(isLockConflict({ code: '55P03' })).toBe(true);
    expect(isLockConflict({ driverError: { code: '40P01' } })).toBe(true);
    expect(isLockConflict(new Error('relation does not exist'))).toBe(false);
  });
});
