import { requireDay, requireText } from '../shared/field-checks';
import { ExamCampaignCommand, LaunchExamCampaign } from './exam-campaign.commands';
import {
  ExamCampaignDetailsInvalid as Invalid,
  ExamCampaignNotLaunched,
  ExamFindingHazardNotOfMine,
  ExamItemNotFound,
  InvalidExamItemTransition,
} from './exam-campaign.errors';
import { ExamCampaignEvent } from './exam-campaign.events';
import { ExamCampaign, ExamItemStatus } from './exam-campaign.state';

type Launched = Extract<ExamCampaign, { status: 'launched' }>;
type ItemCommand = Exclude<ExamCampaignCommand, LaunchExamCampaign>;
const MAX_ITEMS = 200;

const launch = (command: LaunchExamCampaign, state: ExamCampaign): ExamCampaignEvent => {
  if (state.status !== 'not_launched') throw new InvalidExamItemTransition('launched', command.type);
  const d = command.data;
  if (!Array.isArray(d.items) || d.items.length === 0 || d.items.length > MAX_ITEMS)
    throw new Invalid('items', `须 1–${MAX_ITEMS} 项`, `1–${MAX_ITEMS} items`);
  const items = d.items.map((it, i) => ({
    itemId: requireText(Invalid, it?.itemId, `items[${i}].itemId`, 100),
    item: requireText(Invalid, it?.item, `items[${i}].item`, 500),
    owner: requireText(Invalid, it?.owner, `items[${i}].owner`, 100),
    deadline: requireDay(Invalid, it?.deadline, `items[${i}].deadline`),
  }));
  if (new Set(items.map((i) => i.itemId)).size !== items.length)
    throw new Invalid('items', '事项编号重复', 'an itemId is listed twice');
  return {
    type: 'ExamCampaignLaunched',
    data: {
      campaignId: d.campaignId,
      mineId: requireText(Invalid, d.mineId, 'mineId', 100),
      title: requireText(Invalid, d.title, 'title', 200),
      items,
      policyVersion: d.policyVersion,
      by: command.metadata.actor.id,
      at: command.metadata.now,
    },
  };
};

/** The item the command acts on, which must be in one of the statuses the command may follow. */
const itemIn = (state: ExamCampaign, command: ItemCommand, from: readonly ExamItemStatus[]) => {
  if (state.status === 'not_launched') throw new ExamCampaignNotLaunched(command.type);
  const launched: Launched = state;
  if (command.data.campaignId !== launched.campaignId)
    throw new Invalid('campaignId', '与所加载的精查不符', 'does not match the loaded campaign');
  const item = launched.items[command.data.itemId];
  if (!item) throw new ExamItemNotFound(String(command.data.itemId));
  if (!from.includes(item.status)) throw new InvalidExamItemTransition(item.status, command.type);
  return {
    campaignId: launched.campaignId,
    itemId: command.data.itemId,
    by: command.metadata.actor.id,
    at: command.metadata.now,
  };
};

export const decideExamCampaign = (command: ExamCampaignCommand, state: ExamCampaign): ExamCampaignEvent[] => {
  switch (command.type) {
    case 'LaunchExamCampaign':
      return [launch(command, state)];
    case 'RecordExamFinding': {
      const on = itemIn(state, command, ['open']);
      const finding = requireText(Invalid, command.data.finding, 'finding');
      const hazardId = command.data.hazardId ? requireText(Invalid, command.data.hazardId, 'hazardId', 100) : null;
      // The finding counts toward this mine's campaign: a named hazard must exist and be this mine's.
      if (hazardId && command.data.hazard?.mineId !== (state as Launched).mineId)
        throw new ExamFindingHazardNotOfMine(hazardId, (state as Launched).mineId);
      return [{ type: 'ExamItemFindingRecorded', data: { ...on, finding, hazardId } }];
    }
    case 'RecordExamRectification': {
      const on = itemIn(state, command, ['finding_recorded']);
      const rectification = requireText(Invalid, command.data.rectification, 'rectification');
      return [{ type: 'ExamItemRectified', data: { ...on, rectification } }];
    }
    case 'CloseExamItem': {
      // 销项: an item with a finding closes only once rectified; one with none closes as examined.
      const on = itemIn(state, command, ['open', 'rectified']);
      return [{ type: 'ExamItemClosed', data: { ...on, note: requireText(Invalid, command.data.note, 'note') } }];
    }
    default: {
      const unhandled: never = command;
      throw new Error(`Unknown exam-campaign command ${JSON.stringify(unhandled)}`);
    }
  }
};
