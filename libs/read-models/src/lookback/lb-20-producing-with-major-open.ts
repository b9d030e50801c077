import { SCOPE_PARAMS, LookbackQuery, RawRow } from './lookback-query';
import { Fact, byEntity, factsOf, positionKey, everMajorHazards } from './facts';
import { firstKnowledge } from './timeline';

const GRADING = ['MajorHazardDetermined', 'GeneralHazardDetermined', 'HazardGradeChanged'];
const ENDS = ['HazardSignedOff', 'HazardClosed', 'HazardVoided'];
export const HAZARD_TYPES = [
  ...GRADING,
  ...ENDS,
  'HazardDiscovered',
  'ProductionSuspended',
  'SuspensionLifted',
  'DualReportReceived',
];
/** The payload fields the intervals and first knowledge read. */
export const HAZARD_FIELDS = ['to', 'source', 'recipient'];
export const MINE_TYPES = ['MineProductionSuspended', 'MineProductionResumed', 'MineClosed'];

interface Interval {
  from: string;
  to: string | null;
}

const isMajor = (f: Fact) =>
  f.type === 'MajorHazardDetermined' || (f.type === 'HazardGradeChanged' && f.data.to === 'major');
const isGeneral = (f: Fact) =>
  f.type === 'GeneralHazardDetermined' || (f.type === 'HazardGradeChanged' && f.data.to === 'general');

/** The intervals (valid time) in which the hazard was major and open while neither it nor its mine was suspended. */
export const producingIntervals = (events: Fact[]): { intervals: Interval[]; positions: string[] } => {
  let major = false;
  let hazardSuspended = false;
  let mineSuspended = false;
  let ended = false;
  let open: string | undefined;
  const intervals: Interval[] = [];
  const positions: string[] = [];
  for (const f of events) {
    if (isMajor(f)) major = true;
    if (isGeneral(f)) major = false;
    if (f.type === 'ProductionSuspended') hazardSuspended = true;
    if (f.type === 'SuspensionLifted') hazardSuspended = false;
    if (f.type === 'MineProductionSuspended') mineSuspended = true;
    if (f.type === 'MineProductionResumed') mineSuspended = false;
    if (ENDS.includes(f.type) || f.type === 'MineClosed') ended = true;
    const producing = major && !ended && !hazardSuspended && !mineSuspended;
    if (producing && open === undefined) {
      open = f.occurredAt;
      positions.push(f.position);
    } else if (!producing && open !== undefined) {
      intervals.push({ from: open, to: f.occurredAt });
      positions.push(f.position);
      open = undefined;
    }
  }
  if (open !== undefined) intervals.push({ from: open, to: null });
  return { intervals, positions };
};

/**
 * §9 item 20 (一律停产整顿): intervals in which a major hazard was open while production went on — neither the
 * hazard nor its mine under a suspension — and which parties knew of the hazard by the cut.
 */
export const lb20: LookbackQuery = {
  id: 'LB-20-producing-with-major-open',
  version: 1,
  title: { zh: '重大隐患未销号期间未停产', en: 'Producing while a major hazard is open' },
  description: {
    zh: '重大事故隐患未销号而矿山未停产（隐患与矿山均无停产记录）的时间段，及截至截点已知情的各方',
    en: 'Intervals in which a major hazard was open and neither the hazard nor its mine was suspended, and the parties who knew by the cut',
  },
  source: 'domain.md §9 item 20; §2.4 “一律停产整顿”; 安全生产法 (2021) Art. 90(四)',
  params: SCOPE_PARAMS,
  limits: {
    zh: '“生产”以无停产记录推定（未接入产量、用电、人员定位数据）；局部停产视同停产',
    en: '"Producing" is inferred from the absence of a suspension (no output, power or personnel data yet); a partial suspension counts as suspended',
  },
  columns: [
    { field: 'hazardId', header: '隐患 hazard' },
    { field: 'mineId', header: '矿山 mine' },
    { field: 'intervals', header: '未停产时段 intervals' },
    { field: 'stillProducing', header: '截点仍未停产 still producing' },
    { field: 'knownBy', header: '已知情方 known by' },
  ],
  async run(db, cut, params): Promise<RawRow[]> {
    // Only hazards ever graded major can have a producing-while-major interval.
    const majorIds = await everMajorHazards(db, cut, params);
    if (majorIds.length === 0) return [];
    const hazards = await factsOf(db, cut, params, {
      categories: ['hazard'],
      types: HAZARD_TYPES,
      entityIds: majorIds,
      dataFields: HAZARD_FIELDS,
    });
    const mines = byEntity(await factsOf(db, cut, params, { categories: ['mine'], types: MINE_TYPES }));
    const rows: RawRow[] = [];
    for (const [hazardId, history] of byEntity(hazards)) {
      if (!history.some(isMajor)) continue;
      const mineId = history[0].mineId;
      const events = [...history, ...(mineId ? (mines.get(mineId) ?? []) : [])].sort((a, b) =>
        BigInt(a.position) < BigInt(b.position) ? -1 : 1,
      );
      const { intervals, positions } = producingIntervals(events);
      if (intervals.length === 0) continue;
      const knownBy = [...new Set([...firstKnowledge(history).values()].flat())].sort();
      rows.push({
        key: `${positionKey(positions[0])}:${hazardId}`,
        mineId,
        hazardId,
        intervals,
        stillProducing: intervals.at(-1)?.to === null,
        knownBy,
        positions,
      });
    }
    return rows;
  },
};
