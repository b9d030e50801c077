import { DeciderSpecification } from '@hazard-ledger/testing';
import { ROLES } from '../shared/actor';
import { examCampaignCommandAccess } from './exam-campaign.access';
import { ExamCampaignCommand, ExamCampaignCommandType } from './exam-campaign.commands';
import { examCampaignDecider } from './exam-campaign.decider';
import {
  ExamCampaignDetailsInvalid,
  ExamCampaignNotLaunched,
  ExamFindingHazardNotOfMine,
  ExamItemNotFound,
  InvalidExamItemTransition,
} from './exam-campaign.errors';
import * as fx from './exam-campaign.fixtures';

const given = DeciderSpecification.for(examCampaignDecider);
const { actors } = fx;
const LATER: Record<Exclude<ExamCampaignCommandType, 'LaunchExamCampaign'>, () => ExamCampaignCommand> = {
  RecordExamFinding: () => fx.aFinding(),
  RecordExamRectification: () => fx.aRectification({}, { actor: actors.principal }),
  CloseExamItem: () => fx.aClose(),
};
const laterTypes = Object.keys(LATER) as (keyof typeof LATER)[];

describe('Exam campaign: launching (体检式精查)', () => {
  it('given nothing, when an inspector launches a campaign of two items, then items, owners and deadlines are kept', () =>
    given([]).when(fx.aLaunch()).then([fx.launched]));

  it.each([
    ['no items', { items: [] }],
    ['an item without owner', { items: [{ ...fx.ITEMS[0], owner: '' }] }],
    ['a malformed deadline', { items: [{ ...fx.ITEMS[0], deadline: '2024-06' }] }],
    ['an item twice', { items: [fx.ITEMS[0], fx.ITEMS[0]] }],
    ['a blank title', { title: ' ' }],
  ])('given nothing, when launched with %s, then it is refused', (_, data) =>
    given([]).when(fx.aLaunch(data)).thenThrows(ExamCampaignDetailsInvalid),
  );

  it('given a campaign, when launched again, then it is refused', () =>
    given([fx.launched]).when(fx.aLaunch()).thenThrows(InvalidExamItemTransition));
});

describe('Exam campaign: finding → rectification → closure per item', () => {
  it('given an item, when the regulator records a finding, then it awaits rectification', () =>
    given([fx.launched]).when(fx.aFinding()).then([fx.found]));

  it('given a finding, when the mine records its rectification, then it awaits closure', () =>
    given([fx.launched, fx.found])
      .when(fx.aRectification({}, { actor: actors.principal }))
      .then([fx.rectified]));

  it('given a rectified item, when the regulator closes it, then it is closed', () =>
    given([fx.launched, fx.found, fx.rectified]).when(fx.aClose()).then([fx.closed]));

  it('given an item with no finding, when closed, then it closes as examined', () =>
    given([fx.launched]).when(fx.aClose()).then([fx.closed]));

  it('given an item, when a finding names a hazard of the campaign’s mine, then the hazard is kept', () =>
    given([fx.launched])
      .when(fx.aFinding({ hazardId: 'hazard-7', hazard: { mineId: fx.MINE_ID } }))
      .then([fx.foundNaming('hazard-7')]));

  it.each([
    ['of another mine', { mineId: 'mine-elsewhere' }],
    ['that does not exist', null],
  ])('given an item, when a finding names a hazard %s, then it is refused', (_, hazard) =>
    given([fx.launched])
      .when(fx.aFinding({ hazardId: 'hazard-7', hazard }))
      .thenThrows(ExamFindingHazardNotOfMine),
  );

  it('given an unknown item, when a finding is recorded, then it is not found', () =>
    given([fx.launched])
      .when(fx.aFinding({ itemId: 'item-9' }))
      .thenThrows(ExamItemNotFound));
});

describe('Exam campaign: forbidden transitions', () => {
  it.each(laterTypes)('given nothing, when %s, then the campaign is not found', (type) =>
    given([]).when(LATER[type]()).thenThrows(ExamCampaignNotLaunched),
  );

  it('given a finding not yet rectified, when closed, then it is refused (整改 before 销项)', () =>
    given([fx.launched, fx.found]).when(fx.aClose()).thenThrows(InvalidExamItemTransition));

  it('given an open item, when a rectification is recorded, then there is nothing to rectify', () =>
    given([fx.launched]).when(LATER.RecordExamRectification()).thenThrows(InvalidExamItemTransition));

  it.each(laterTypes)('given a closed item, when %s, then it is refused', (type) =>
    given([fx.launched, fx.found, fx.rectified, fx.closed]).when(LATER[type]()).thenThrows(InvalidExamItemTransition),
  );
});

describe('Exam campaign command access (roles × commands)', () => {
  const allowed = (type: ExamCampaignCommandType) =>
    ROLES.filter((role) => examCampaignCommandAccess[type].roles.includes(role));
  it.each(['LaunchExamCampaign', 'RecordExamFinding', 'CloseExamItem'] as const)(
    '%s: inspectors and supervising leaders only',
    (type) => expect(allowed(type)).toEqual(['inspector', 'supervising_leader']),
  );
  it('RecordExamRectification: enterprise roles of the mine only', () =>
    expect(allowed('RecordExamRectification')).toEqual([
      'enterprise_staff',
      'enterprise_principal',
      'enterprise_safety_director',
    ]));
});
