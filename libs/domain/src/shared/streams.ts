/** The kinds of record the event store holds, one stream per record: `<category>-<id>`. */
export const STREAM_CATEGORIES = ['hazard', 'mine', 'inspection', 'document', 'penalty', 'enforcement-plan'] as const;
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
