import { StreamCategory, streams } from '@hazard-ledger/domain';
import { EntityModel, LeanEvent, MineLookup, column } from '@hazard-ledger/projection-engine';
import {
  ContractorDoc,
  ExamCampaignDoc,
  HiddenFactorDoc,
  evolveContractorDoc,
  evolveExamCampaignDoc,
  evolveHiddenFactorDoc,
} from './duty-docs';
import { EnterpriseFileDoc, evolveEnterpriseFileDoc } from './enterprise-file-doc';

/** Each record of issue 14 is kept whole as a document beside the keys lists filter and scope on. */
export interface DutyRow<D> {
  doc: D;
}
type Placed = { mineId: string; mineName: string | null; jurisdiction: string | null };

const modelOf = <D extends Placed>(spec: {
  name: string;
  base: string;
  key: string;
  category: StreamCategory;
  exportName: string;
  evolve: (doc: D | undefined, event: LeanEvent, mines: MineLookup) => D | undefined;
}): EntityModel<D, DutyRow<D>> => {
  const c = column<DutyRow<D>>;
  return {
    loadFrom: { module: __filename, exportName: spec.exportName },
    name: spec.name,
    base: spec.base,
    key: spec.key,
    entityCategory: spec.category,
    columns: [
      c('mine_id', 'text', (r) => r.doc.mineId),
      c('mine_name', 'text', (r) => r.doc.mineName),
      c('jurisdiction', 'text', (r) => r.doc.jurisdiction),
      c('doc', 'jsonb', (r) => r.doc),
    ],
    entityOf: (event) => streams.idIn(spec.category, event.streamId),
    streamOf: (id) => `${streams.prefix(spec.category)}${id}`,
    evolve: spec.evolve,
    rowOf: (doc) => ({ doc }),
  };
};

/** 外包单位台账. */
export const contractorRegisterModel = modelOf<ContractorDoc>({
  ...{ name: 'contractor-register', base: 'contractor_register', key: 'contractor_id', category: 'contractor' },
  ...{ exportName: 'contractorRegisterModel', evolve: evolveContractorDoc },
});
/** 隐蔽致灾因素普查台账. */
export const hiddenFactorRegisterModel = modelOf<HiddenFactorDoc>({
  ...{ name: 'hidden-factor-register', base: 'hidden_factor_register', key: 'factor_id', category: 'hidden-factor' },
  ...{ exportName: 'hiddenFactorRegisterModel', evolve: evolveHiddenFactorDoc },
});
/** 体检式精查 campaigns and items. */
export const examCampaignRegisterModel = modelOf<ExamCampaignDoc>({
  ...{ name: 'exam-campaign-register', base: 'exam_campaign_register', key: 'campaign_id', category: 'exam-campaign' },
  ...{ exportName: 'examCampaignRegisterModel', evolve: evolveExamCampaignDoc },
});
/** 一企一档: one file per mine. */
export const enterpriseFileRegisterModel = modelOf<EnterpriseFileDoc>({
  ...{
    name: 'enterprise-file-register',
    base: 'enterprise_file_register',
    key: 'file_mine_id',
    category: 'enterprise-file',
  },
  ...{ exportName: 'enterpriseFileRegisterModel', evolve: evolveEnterpriseFileDoc },
});

export const DUTY_MODELS = [
  contractorRegisterModel,
  hiddenFactorRegisterModel,
  examCampaignRegisterModel,
  enterpriseFileRegisterModel,
] as const;
