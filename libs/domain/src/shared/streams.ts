/** The kinds of record the event store holds, one stream per record: `<category>-<id>`. */
export const STREAM_CATEGORIES = [
  'hazard',
  'mine',
  'inspection',
  'document',
  'penalty',
  'enforcement-plan',
  /** 每月重大事故隐患排查: one mine's check for one month. */
  'monthly-check',
  /** 外包单位: a contractor company working at a mine. */
  'contractor',
  /** 动火作业票: one hot-work job, one permit. */
  'hot-work-permit',
  /** 隐蔽致灾因素: one hidden disaster-causing factor of the census. */
  'hidden-factor',
  /** 体检式精查: one campaign and its items. */
  'exam-campaign',
  /** 一企一档: the mine's own file (people, certificates, safety funds). Not `mine-…`: that prefix is taken. */
  'enterprise-file',
  /** 举报: one tip and its loop; the reporter's identity is never in it (vault reference only). */
  'tip',
  /** 执法责任倒查 case: an investigator's look-back case, its queries and frozen answers. */
  'lookback-case',
  /** 生产迹象: one observation of a mine producing (monitoring, power, positioning, output, site), by a regulator. */
  'production-signal',
] as const;
export type StreamCategory = (typeof STREAM_CATEGORIES)[number];

const prefixOf = (category: StreamCategory): string => `${category}-`;

/** The one place that names streams: writers, projections, benchmarks and demo data all go through it. */
export const streams = {
  hazard: (hazardId: string): string => `${prefixOf('hazard')}${hazardId}`,
  mine: (mineId: string): string => `${prefixOf('mine')}${mineId}`,
  inspection: (inspectionId: string): string => `${prefixOf('inspection')}${inspectionId}`,
  document: (documentId: string): string => `${prefixOf('document')}${documentId}`,
  penalty: (penaltyId: string): string => `${prefixOf('penalty')}${penaltyId}`,
  enforcementPlan: (planId: string): string => `${prefixOf('enforcement-plan')}${planId}`,
  monthlyCheck: (checkId: string): string => `${prefixOf('monthly-check')}${checkId}`,
  contractor: (contractorId: string): string => `${prefixOf('contractor')}${contractorId}`,
  hotWorkPermit: (permitId: string): string => `${prefixOf('hot-work-permit')}${permitId}`,
  hiddenFactor: (factorId: string): string => `${prefixOf('hidden-factor')}${factorId}`,
  examCampaign: (campaignId: string): string => `${prefixOf('exam-campaign')}${campaignId}`,
  enterpriseFile: (mineId: string): string => `${prefixOf('enterprise-file')}${mineId}`,
  tip: (tipId: string): string => `${prefixOf('tip')}${tipId}`,
  lookbackCase: (caseId: string): string => `${prefixOf('lookback-case')}${caseId}`,
  productionSignal: (signalId: string): string => `${prefixOf('production-signal')}${signalId}`,
  /** What a subscription filters on (`streamPrefixes`) to receive only this category's streams. */
  prefix: prefixOf,
  /** The category and record id of a stream id; undefined for a stream of no known category. */
  parse(streamId: string): { category: StreamCategory; id: string } | undefined {
    const category = STREAM_CATEGORIES.find((c) => streamId.startsWith(prefixOf(c)));
    if (category === undefined || streamId.length === prefixOf(category).length) return undefined;
    return { category, id: streamId.slice(prefixOf(category).length) };
  },
  /** The record id when the stream is of `category`, else undefined. */
  idIn(category: StreamCategory, streamId: string): string | undefined {
    const parsed = streams.parse(streamId);
    return parsed?.category === category ? parsed.id : undefined;
  },
  is: (category: StreamCategory, streamId: string): boolean => streamId.startsWith(prefixOf(category)),
};
