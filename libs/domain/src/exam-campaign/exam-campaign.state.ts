import { ExamCampaignEvent } from './exam-campaign.events';

/** open → finding_recorded → rectified → closed; an item with no finding closes from open. */
export type ExamItemStatus = 'open' | 'finding_recorded' | 'rectified' | 'closed';

export type ExamCampaign =
  | { status: 'not_launched' }
  | {
      status: 'launched';
      campaignId: string;
      mineId: string;
      items: Readonly<Record<string, { status: ExamItemStatus; deadline: string }>>;
    };

export const initialExamCampaignState = (): ExamCampaign => ({ status: 'not_launched' });

// Never throws: an event that does not fit leaves the state unchanged, so old streams always replay.
export const evolveExamCampaign = (state: ExamCampaign, event: ExamCampaignEvent): ExamCampaign => {
  if (event.type === 'ExamCampaignLaunched') {
    if (state.status !== 'not_launched') return state;
    const { campaignId, mineId, items } = event.data;
    const byId = items.map((i) => [i.itemId, { status: 'open' as const, deadline: i.deadline }]);
    return { status: 'launched', campaignId, mineId, items: Object.fromEntries(byId) };
  }
  if (state.status === 'not_launched' || !state.items[event.data.itemId]) return state;
  const to: ExamItemStatus =
    event.type === 'ExamItemFindingRecorded'
      ? 'finding_recorded'
      : event.type === 'ExamItemRectified'
        ? 'rectified'
        : 'closed';
  const item = state.items[event.data.itemId];
  return { ...state, items: { ...state.items, [event.data.itemId]: { ...item, status: to } } };
};
