import { STREAM_CATEGORIES, StreamCategory, streams } from './streams';

const nameIn: Record<StreamCategory, (id: string) => string> = {
  hazard: streams.hazard,
  mine: streams.mine,
  inspection: streams.inspection,
  document: streams.document,
  penalty: streams.penalty,
  'enforcement-plan': streams.enforcementPlan,
  'monthly-check': streams.monthlyCheck,
  contractor: streams.contractor,
  'hot-work-permit': streams.hotWorkPermit,
  'hidden-factor': streams.hiddenFactor,
  'exam-campaign': streams.examCampaign,
  'enterprise-file': streams.enterpriseFile,
  tip: streams.tip,
  'lookback-case': streams.lookbackCase,
  'production-signal': streams.productionSignal,
};

describe('streams: the one place that names streams', () => {
  it('names a hazard stream and a mine stream `<category>-<id>` (the format stored in the event store)', () => {
    expect(streams.hazard('3f2a')).toBe('hazard-3f2a');
    expect(streams.mine('mine-demo-1')).toBe('mine-mine-demo-1');
    expect(streams.inspection('i-1')).toBe('inspection-i-1');
  });

  it('gives the prefix a subscription filters on for each category', () => {
    expect(STREAM_CATEGORIES.map(streams.prefix)).toEqual([
      'hazard-',
      'mine-',
      'inspection-',
      'document-',
      'penalty-',
      'enforcement-plan-',
      'monthly-check-',
      'contractor-',
      'hot-work-permit-',
      'hidden-factor-',
      'exam-campaign-',
      'enterprise-file-',
      'tip-',
      'lookback-case-',
      'production-signal-',
    ]);
  });

  it('has no prefix that starts another category (else `mine-file-1` would parse as a mine)', () => {
    for (const a of STREAM_CATEGORIES)
      for (const b of STREAM_CATEGORIES)
        if (a !== b) expect(streams.prefix(b).startsWith(streams.prefix(a))).toBe(false);
  });

  it('parses every stream it names back into its category and id, ids with dashes included', () => {
    for (const id of ['3f2a', 'a-b-c', 'mine-demo-1'])
      for (const category of STREAM_CATEGORIES) {
        const streamId = nameIn[category](id);
        expect(streams.parse(streamId)).toEqual({ category, id });
        expect(streams.idIn(category, streamId)).toBe(id);
        expect(streams.is(category, streamId)).toBe(true);
      }
  });

  it('refuses streams of no known category, and a bare prefix without an id', () => {
    for (const streamId of ['inspections-1', 'hazards-1', 'Hazard-1', '', 'hazard-', 'mine-'])
      expect(streams.parse(streamId)).toBeUndefined();
  });

  it('tells one category from the other', () => {
    expect(streams.idIn('mine', streams.hazard('1'))).toBeUndefined();
    expect(streams.idIn('hazard', streams.mine('1'))).toBeUndefined();
    expect(streams.is('hazard', streams.mine('1'))).toBe(false);
  });
});
