/** Deterministic builders for the 体检式精查 specs: a campaign of two items at mine-1, deadlines of the notice. */
import { CommandMetadata } from '../shared/command';
import { MINE_ID, NOW, actors } from '../hazard/fixtures/reference';
import { ExamCampaignCommand } from './exam-campaign.commands';
import { ExamCampaignEvent } from './exam-campaign.events';

export { MINE_ID, NOW, actors };
export const CAMPAIGN_ID = 'campaign-1';

type Of<T extends ExamCampaignCommand['type']> = Extract<ExamCampaignCommand, { type: T }>;
const build =
  <T extends ExamCampaignCommand['type']>(type: T, defaults: () => Of<T>['data']) =>
  (data: Partial<Of<T>['data']> = {}, meta: Partial<CommandMetadata> = {}): Of<T> =>
    ({
      type,
      data: { ...defaults(), ...data },
      metadata: { now: NOW, actor: actors.inspectorA, ...meta },
    }) as unknown as Of<T>;

const on = { campaignId: CAMPAIGN_ID };
export const ITEMS = [
  { itemId: 'item-1', item: '安全管理机构设置与运行', owner: '赵矿长', deadline: '2024-12-31' },
  { itemId: 'item-2', item: '边坡稳定性分析与评价', owner: '孙技术', deadline: '2024-06-30' },
];
export const aLaunch = build('LaunchExamCampaign', () => ({
  ...on,
  mineId: MINE_ID,
  title: '2024 年露天矿山体检式精查',
  items: ITEMS,
  policyVersion: 'physical-exam-test@1',
}));
export const aFinding = build('RecordExamFinding', () => ({
  ...on,
  itemId: 'item-1',
  finding: '安全管理机构未配专职人员',
}));
export const aRectification = build('RecordExamRectification', () => ({
  ...on,
  itemId: 'item-1',
  rectification: '已配备专职安全员 2 名',
}));
export const aClose = build('CloseExamItem', () => ({ ...on, itemId: 'item-1', note: '复查合格，销项' }));

const by = (who = actors.inspectorA.id) => ({ by: who, at: NOW });
export const launched: ExamCampaignEvent = {
  type: 'ExamCampaignLaunched',
  data: { ...aLaunch().data, ...by() },
};
export const foundNaming = (hazardId: string): ExamCampaignEvent => ({
  type: 'ExamItemFindingRecorded',
  data: { ...on, itemId: 'item-1', finding: '安全管理机构未配专职人员', hazardId, ...by() },
});
export const found: ExamCampaignEvent = {
  type: 'ExamItemFindingRecorded',
  data: { ...on, itemId: 'item-1', finding: '安全管理机构未配专职人员', hazardId: null, ...by() },
};
export const rectified: ExamCampaignEvent = {
  type: 'ExamItemRectified',
  data: { ...on, itemId: 'item-1', rectification: '已配备专职安全员 2 名', ...by(actors.principal.id) },
};
export const closed: ExamCampaignEvent = {
  type: 'ExamItemClosed',
  data: { ...on, itemId: 'item-1', note: '复查合格，销项', ...by() },
};
