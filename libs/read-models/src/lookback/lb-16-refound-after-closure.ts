import { lookbackPolicyInForce } from '@hazard-ledger/domain';
import { SCOPE_PARAMS, LookbackQuery, RawRow } from './lookback-query';
import { Fact, byEntity, factsOf, positionKey, appendTo } from './facts';

const DAY_MS = 86_400_000;
const ENDS = ['HazardSignedOff', 'HazardClosed'];

/**
 * §9 item 16: hazards found again within the policy's days after an earlier hazard of the same mine and location
 * was signed off or closed — reported as a recurrence (HazardRecurred) or discovered afresh at the same location.
 */
export const lb16: LookbackQuery = {
  id: 'LB-16-refound-after-closure',
  version: 1,
  title: { zh: '销号（关闭）后短期内再次发现', en: 'Re-found soon after sign-off or closure' },
  description: {
    zh: '同一矿山、同一位置的隐患在销号或关闭后 N 天内再次被发现（登记为复发，或重新登记）',
    en: 'A hazard at the same mine and location found again within N days after an earlier one was signed off or closed (as a recurrence, or registered afresh)',
  },
  source: 'domain.md §9 item 16 (F. 销号 integrity)',
  params: SCOPE_PARAMS,
  limits: {
    zh: 'N 为政策占位值（lookback@2026.1：90 天）；按记录时间计算间隔；“同一位置”为位置文字完全相同；两者都有判定条款时条款须相同',
    en: 'N is a placeholder (lookback@2026.1: 90 days); days counted in system time; "same location" = identical location text; where both cite a clause it must match',
  },
  columns: [
    { field: 'hazardId', header: '再次发现的隐患 hazard' },
    { field: 'earlierHazardId', header: '此前隐患 earlier hazard' },
    { field: 'mineId', header: '矿山 mine' },
    { field: 'location', header: '位置 location' },
    { field: 'linkedAsRecurrence', header: '登记为复发 recurrence' },
    { field: 'earlierEndedAt', header: '此前销号/关闭 ended' },
    { field: 'foundAgainAt', header: '再次发现 found again' },
    { field: 'daysBetween', header: '间隔天数 days' },
  ],
  async run(db, cut, params): Promise<RawRow[]> {
    const policy = lookbackPolicyInForce(cut.asOf);
    const facts = await factsOf(db, cut, params, {
      categories: ['hazard'],
      types: [
        'HazardDiscovered',
        'HazardRecurred',
        'MajorHazardDetermined',
        'GeneralHazardDetermined',
        'HazardLocationAmended',
        ...ENDS,
      ],
    });
    const hazards = [...byEntity(facts)].map(([hazardId, history]) => {
      const found = history[0];
      const location = String(
        history.filter((f) => f.type === 'HazardLocationAmended').at(-1)?.data.next ?? found?.data.location,
      );
      const clause = history.find((f) => f.data.clauseId)?.data.clauseId as string | undefined;
      return { hazardId, history, found, location, clause, end: history.find((f) => ENDS.includes(f.type)) };
    });
    // Candidates by mine and location (same spot) or by id (linked), not every pair of the mine's hazards.
    type Hazard = (typeof hazards)[number];
    const ended = new Map<string, Hazard[]>();
    const byId = new Map(hazards.map((h) => [h.hazardId, h]));
    for (const h of hazards) if (h.end) appendTo(ended, `${h.found?.mineId}|${h.location}`, h);
    const rows: RawRow[] = [];
    for (const later of hazards) {
      if (later.found?.type !== 'HazardDiscovered') continue;
      const recurred = later.history.find((f) => f.type === 'HazardRecurred');
      const linkedTo = byId.get(String(recurred?.data.recurrenceOf));
      const candidates = new Set([
        ...(ended.get(`${later.found.mineId}|${later.location}`) ?? []),
        ...(linkedTo ? [linkedTo] : []),
      ]);
      for (const earlier of candidates) {
        if (earlier === later || !earlier.end || earlier.found?.mineId !== later.found.mineId) continue;
        const linked = recurred?.data.recurrenceOf === earlier.hazardId;
        const sameSpot =
          earlier.location === later.location && (!earlier.clause || !later.clause || earlier.clause === later.clause);
        // System time: a re-finding claimed before the closure it follows would otherwise escape the window.
        const days = (Date.parse(later.found.recordedAt) - Date.parse((earlier.end as Fact).recordedAt)) / DAY_MS;
        if (!(linked || sameSpot) || days < 0 || days > policy.refoundWithinDays) continue;
        rows.push({
          key: `${positionKey(later.found.position)}:${earlier.hazardId}`,
          mineId: later.found.mineId,
          hazardId: later.hazardId,
          earlierHazardId: earlier.hazardId,
          location: later.location,
          linkedAsRecurrence: linked,
          earlierEndedAt: earlier.end.recordedAt,
          foundAgainAt: later.found.recordedAt,
          daysBetween: Math.round(days * 10) / 10,
          policyVersion: policy.version,
          positions: [earlier.end.position, later.found.position, ...(linked && recurred ? [recurred.position] : [])],
        });
      }
    }
    return rows;
  },
};
