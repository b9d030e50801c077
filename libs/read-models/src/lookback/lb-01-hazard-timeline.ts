import { COMMON_PARAMS, LookbackQuery, RawRow } from './lookback-query';
import { factsOf } from './facts';
import { LookbackParamMissing, TIMELINE_COLUMNS, firstKnowledge, latestMarksIn, timelineRows } from './timeline';

/**
 * §9 item 1: every event of one hazard — and of the documents and penalties that name it — with each party's first
 * knowledge (enterprise, principal, regulator, inspectors, 职代会, reporter, public) marked on the event that shows it.
 */
export const lb01: LookbackQuery = {
  id: 'LB-01-hazard-timeline',
  version: 1,
  title: { zh: '隐患知情时间线', en: 'Who knew what when: one hazard' },
  description: {
    zh: '一个隐患的全部事件（含引用它的执法文书、处罚），标出各方首次知情的事件及后来的修改、作废',
    en: 'Every event of one hazard (and of documents and penalties naming it), marking each party’s first knowledge and later amendments or voids',
  },
  source: 'domain.md §9 item 1 (A. Who knew what when); §4.3 item 3',
  params: [{ name: 'hazardId', description: { zh: '隐患（必填）', en: 'the hazard (required)' } }, ...COMMON_PARAMS],
  limits: {
    zh: '“公开”仅以举报来源表示（尚无公示事件）；举报、月度排查记录合并后加入时间线',
    en: '"Public" knowledge is only a tip as source (no publication event yet); tips and monthly checks join when merged',
  },
  columns: TIMELINE_COLUMNS,
  async run(db, cut, params): Promise<RawRow[]> {
    const hazardId = params.hazardId;
    if (!hazardId) throw new LookbackParamMissing('hazardId', 'LB-01');
    const own = await factsOf(db, cut, {}, { categories: ['hazard'], entityIds: [hazardId] });
    const naming = await db.query(
      `SELECT DISTINCT stream_id AS "streamId" FROM lookback_facts
        WHERE event_type IN ('DocumentDrafted', 'PenaltyDecided') AND data->'hazardIds' ? $1
          AND recorded_at <= $2::timestamptz`,
      [hazardId, cut.asOf],
    );
    const related = await factsOf(
      db,
      cut,
      {},
      {
        streamIds: (naming as { streamId: string }[]).map((r) => r.streamId),
      },
    );
    const period = [...own, ...related].filter(
      (f) =>
        (!params.from || Date.parse(f.recordedAt) >= Date.parse(params.from)) &&
        (!params.to || Date.parse(f.recordedAt) <= Date.parse(params.to)),
    );
    return timelineRows(period, latestMarksIn([...own, ...related]), firstKnowledge(own));
  },
};
