import { InvalidCursor, Params } from '@hazard-ledger/projection-engine';
import {
  COMMON_PARAMS,
  Db,
  LookbackCut,
  LookbackParams,
  LookbackQuery,
  RawPage,
  RawRow,
  factScope,
  periodOf,
} from './lookback-query';
import { Fact, factsOf } from './facts';
import {
  LookbackParamMissing,
  TIMELINE_COLUMNS,
  TIMELINE_DATA_FIELDS,
  firstKnowledge,
  latestMarksOf,
  timelineRows,
} from './timeline';

/**
 * §9 item 2: one mine's timeline for a period — every hazard, report, inspection, document, penalty and order —
 * including entries later amended or voided (marked), and each party's first knowledge of each hazard.
 */
export const lb02: LookbackQuery = {
  id: 'LB-02-mine-timeline',
  version: 1,
  title: { zh: '矿山时间线', en: 'Who knew what when: one mine' },
  description: {
    zh: '一个矿山在期间内的全部隐患、报告、检查、执法文书、处罚与指令事件，含后来被修改、作废者（已标注）及各方首次知情',
    en: 'Every hazard, report, inspection, document, penalty and order event of one mine in a period, including later amended or voided ones (marked), and each party’s first knowledge',
  },
  source: 'domain.md §9 item 2 (A. Who knew what when); §4.3',
  params: COMMON_PARAMS.map((p) =>
    p.name === 'mineId' ? { ...p, description: { zh: '矿山（必填）', en: 'the mine (required)' } } : p,
  ),
  limits: {
    zh: '含该矿山的举报（不含举报人身份）、月度排查、动火审批、外包单位、隐蔽致灾因素普查、体检式精查等一切记录，按类别（category）标注；无矿山的举报不在其内；监测预警尚无记录；首次知情按隐患分别计算',
    en: 'Includes every record of the mine — tips (never the reporter’s identity), monthly checks, hot-work permits, contractors, the hidden-factor census, 体检式精查 — marked by category; tips naming no mine are not included; monitoring alerts are not recorded yet; first knowledge is per hazard',
  },
  columns: TIMELINE_COLUMNS,
  async run(db, cut, params): Promise<RawRow[]> {
    const mine = mineParams(params);
    // The period's entries with only the payload fields a timeline reads; their streams' later marks as one
    // aggregate; first knowledge also needs the hazards' entries outside the period (an earlier claimed time).
    const inPeriod = await factsOf(db, cut, mine, {
      period: true,
      dataFields: TIMELINE_DATA_FIELDS,
      withEvidence: true,
    });
    const hazardStreams = [...new Set(inPeriod.filter((f) => f.category === 'hazard').map((f) => f.streamId))];
    const outside = await factsOf(db, cut, mine, {
      streamIds: hazardStreams,
      period: 'outside',
      dataFields: TIMELINE_DATA_FIELDS,
    });
    const hazardFacts = [...inPeriod.filter((f) => f.category === 'hazard'), ...outside];
    return timelineRows(inPeriod, await latestMarksOf(db, cut, streamIdsOf(inPeriod)), firstKnowledge(hazardFacts));
  },
  // A page is the period's next facts in log order (the row key is the position), with the marks and first
  // knowledge of their streams' whole histories up to the cut: the same rows the whole answer lists there.
  async runPage(db, cut, params, page): Promise<RawPage> {
    const mine = mineParams(params);
    // The cursor is a row key, i.e. a log position: anything else, or beyond a bigint, names no row (400).
    if (page.after !== undefined && !(/^\d{1,20}$/.test(page.after) && BigInt(page.after) <= MAX_POSITION))
      throw new InvalidCursor();
    const facts = await factsOf(db, cut, mine, {
      period: true,
      dataFields: TIMELINE_DATA_FIELDS,
      withEvidence: true,
      afterPosition: page.after === undefined ? undefined : BigInt(page.after).toString(),
      limit: page.limit + 1,
    });
    const hazardStreams = [...new Set(facts.filter((f) => f.category === 'hazard').map((f) => f.streamId))];
    const histories = hazardStreams.length
      ? await factsOf(db, cut, mine, { streamIds: hazardStreams, dataFields: TIMELINE_DATA_FIELDS })
      : [];
    const rows = timelineRows(facts, await latestMarksOf(db, cut, streamIdsOf(facts)), firstKnowledge(histories));
    return { rows, total: await countInPeriod(db, cut, mine) };
  },
};

const MAX_POSITION = 9_223_372_036_854_775_807n;

const mineParams = (params: LookbackParams) => {
  if (!params.mineId) throw new LookbackParamMissing('mineId', 'LB-02');
  return { ...params, mineId: params.mineId };
};

const streamIdsOf = (facts: Fact[]) => [...new Set(facts.map((f) => f.streamId))];

const countInPeriod = async (db: Db, cut: LookbackCut, params: LookbackParams): Promise<number> => {
  const p = new Params();
  const where = [factScope(p, cut, params), ...periodOf(p, params)].join(' AND ');
  const [row]: { n: number }[] = await db.query(
    `SELECT count(*)::int AS n FROM lookback_facts f WHERE ${where}`,
    p.values,
  );
  return row.n;
};
