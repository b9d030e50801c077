import { monthOf, monthlyCheckIdOf } from '@hazard-ledger/domain';
import { aggregateIdFromKey } from '../shared/aggregate-id';
import { DemoClient } from './demo-client';

const MINE = 'mine-demo-1';
/** Calendar months (1–12) the demo mine skipped, did late, let the safety director lead, and found a hazard in. */
const MISSING = [3, 8];
const LATE = [5];
const LED_BY_SAFETY_DIRECTOR = [10];
const HAZARD_FOUND = [6];

/** The twelve months ending two months before now (every one fully past, its deadline gone). */
const lastYear = (now: Date): string[] => {
  const months: string[] = [];
  const [y, m] = monthOf(now.toISOString()).split('-').map(Number);
  for (let back = 13; back >= 2; back--) {
    const d = new Date(Date.UTC(y, m - 1 - back, 1));
    months.push(`${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`);
  }
  return months;
};
const calendarMonth = (month: string) => Number(month.slice(5));
/** 10:00 China Standard Time on the given day of the month (late: the 3rd of the next month). */
const dayOf = (month: string, day: number, nextMonth = false) => {
  const [y, m] = month.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1 + (nextMonth ? 1 : 0), day, 2)).toISOString();
};

/** A year of 每月重大事故隐患排查 on mine-demo-1: most done, two missing, one late, one not led by the principal. */
const seedMonthlyChecks = async (c: DemoClient): Promise<string[]> => {
  const done: string[] = [];
  for (const month of lastYear(new Date())) {
    const n = calendarMonth(month);
    if (MISSING.includes(n)) continue;
    const key = `demo-mc-${month}`;
    const byDirector = LED_BY_SAFETY_DIRECTOR.includes(n);
    // The leader is named; the principal on record (一企一档) is 王建国, the principal's demo login.
    const leader = byDirector ? 'enterprise.safety' : 'enterprise.principal';
    const { id } = await c.post(leader, '/monthly-checks', `${key}-01`, {
      mineId: MINE,
      month,
      occurredAt: LATE.includes(n) ? dayOf(month, 3, true) : dayOf(month, 20),
      leader: byDirector ? { name: '李安监', position: '安全总监' } : { name: '王建国', position: '矿长' },
      participants: [
        { name: '刘工', position: '总工程师' },
        { name: '赵安全', position: '安全科长' },
      ],
      areas: ['-120m 中段', '主井提升系统', '尾矿库'],
      clauses: ['MHS2022-UG-01', 'MHS2022-UG-20', 'MHS2022-UG-29'],
    });
    const found = HAZARD_FOUND.includes(n);
    if (found) {
      const hazard = await c.post('enterprise.staff', '/hazards', `${key}-02`, {
        mineId: MINE,
        source: 'monthly_check',
        location: '-120m 中段 2# 采场',
        description: '采场顶板浮石未及时清理 / loose rock on the stope roof',
        evidence: [{ hash: 'ab'.repeat(32), alg: 'sm3', name: 'roof.jpg', mime: 'image/jpeg', pending: true }],
        occurredAt: dayOf(month, 20),
        linkedRef: { kind: 'monthly_investigation', id },
      });
      await c.post('enterprise.staff', `/monthly-checks/${id}/hazards`, `${key}-03`, { hazardId: hazard.id });
    }
    await c.post('enterprise.principal', `/monthly-checks/${id}/signature`, `${key}-04`, {
      result: found ? 'hazards_found' : 'none_found',
      summary: found ? '发现隐患 1 项，已登记整改 / one hazard found and entered' : '本月排查未发现重大事故隐患',
      password: c.password,
    });
    done.push(id);
  }
  return done;
};

const inHours = (hours: number) => new Date(Date.now() + hours * 3_600_000).toISOString();
const job = (location: string, work: string, from: number, to: number, contractorId?: string) => ({
  mineId: MINE,
  location,
  underground: true,
  work,
  windowStart: inHours(from),
  windowEnd: inHours(to),
  precautions: ['清理周边 10 m 内可燃物 / clear combustibles within 10 m', '配备灭火器 2 具 / two extinguishers'],
  ...(contractorId ? { contractorId } : {}),
});
const APPROVAL = ['清理周边 10 m 内可燃物', '配备灭火器 2 具', '专人监护，完工后观察 30 分钟 / a watch, 30 min after'];

/** Four 动火作业票 in every state: finished, approved, waiting for approval, cancelled (once: windows are relative). */
const seedPermits = async (c: DemoClient): Promise<string[]> => {
  const last = aggregateIdFromKey('demo-hw4-01', 'hot-work-permit');
  if (await c.exists('enterprise.principal', `/hot-work-permits/${last}`)) return [];
  const request = (key: string, body: object) => c.post('enterprise.staff', '/hot-work-permits', `${key}-01`, body);
  const approve = (key: string, id: string) =>
    c.post('enterprise.safety', `/hot-work-permits/${id}/approval`, `${key}-02`, {
      precautions: APPROVAL,
      password: c.password,
    });
  const finished = await request('demo-hw1', job('-120m 中段 2# 溜井口', '溜井格筛焊接修补', -0.5, 4));
  await approve('demo-hw1', finished.id);
  await c.post('enterprise.staff', `/hot-work-permits/${finished.id}/start`, 'demo-hw1-03', {});
  await c.post('enterprise.staff', `/hot-work-permits/${finished.id}/finish`, 'demo-hw1-04', {
    note: '完工，现场无遗留火种 / done, no embers left',
  });
  // The contractor demo-duties-b registered on this mine: a permit's contractor must be one of its mine.
  const contractor = aggregateIdFromKey('demo-b-contractor-1', 'contractor');
  const approved = await request('demo-hw2', job('主井井口', '罐道更换切割', 2, 8, contractor));
  await approve('demo-hw2', approved.id);
  const waiting = await request('demo-hw3', job('-200m 水泵房', '管道焊接', 24, 30));
  const cancelled = await request('demo-hw4', job('-120m 中段 运输巷', '轨道焊接', 26, 30));
  await c.post('enterprise.staff', `/hot-work-permits/${cancelled.id}/cancellation`, 'demo-hw4-02', {
    reason: '材料未到 / material not delivered',
  });
  return [finished.id, approved.id, waiting.id, cancelled.id];
};

/** Monthly checks and hot-work permits on mine-demo-1, through the public API as the mine's people would. */
export const seedDemoDuties = async (c: DemoClient): Promise<string> => {
  const checks = await seedMonthlyChecks(c);
  const permits = await seedPermits(c);
  return `${checks.length} monthly checks of ${MINE} (${monthlyCheckIdOf(MINE, '<YYYY-MM>')}), ${permits.length} new hot-work permits`;
};
