/** Deterministic builders for the census specs: a goaf under mine-1 found by survey, checked by drilling. */
import { CommandMetadata } from '../shared/command';
import { MINE_ID, NOW, actors } from '../hazard/fixtures/reference';
import { HiddenFactorCommand } from './hidden-factor.commands';
import { HiddenFactorEvent } from './hidden-factor.events';

export { MINE_ID, NOW, actors };
export const FACTOR_ID = 'factor-1';

type Of<T extends HiddenFactorCommand['type']> = Extract<HiddenFactorCommand, { type: T }>;
const build =
  <T extends HiddenFactorCommand['type']>(type: T, defaults: () => Of<T>['data']) =>
  (data: Partial<Of<T>['data']> = {}, meta: Partial<CommandMetadata> = {}): Of<T> =>
    ({
      type,
      data: { ...defaults(), ...data },
      metadata: { now: NOW, actor: actors.staff, ...meta },
    }) as unknown as Of<T>;

const on = { factorId: FACTOR_ID };
export const aRecordFactor = build('RecordHiddenFactor', () => ({
  ...on,
  mineId: MINE_ID,
  kind: 'goaf',
  location: '-120m 中段 3# 采场下盘',
  size: { areaM2: 1200, heightM: 8 },
  method: 'survey',
  mapRef: 'CK-2024-03 采掘工程平面图 B4',
  foundOn: '2024-03-01',
}));
export const aCrossValidation = build('CrossValidateHiddenFactor', () => ({
  ...on,
  method: 'drilling',
  confirmed: true,
  note: 'ZK-7 钻孔见空',
}));
export const aTreatment = build('RecordHiddenFactorTreatment', () => ({
  ...on,
  stage: 'treated',
  measures: '尾砂充填',
}));
export const aVerification = build('VerifyHiddenFactorTreatment', () => ({ ...on, note: '充填体强度检测合格' }));

const by = { by: actors.staff.id, at: NOW };
export const recorded: HiddenFactorEvent = {
  type: 'HiddenFactorRecorded',
  data: { ...aRecordFactor().data, ...by },
};
export const crossValidated = (confirmed = true): HiddenFactorEvent => ({
  type: 'HiddenFactorCrossValidated',
  data: { ...on, method: 'drilling', confirmed, note: 'ZK-7 钻孔见空', ...by },
});
export const treated = (stage: 'in_treatment' | 'treated' = 'treated'): HiddenFactorEvent => ({
  type: 'HiddenFactorTreatmentRecorded',
  data: { ...on, stage, measures: '尾砂充填', ...by },
});
export const treatedBy = (userId: string, stage: 'in_treatment' | 'treated' = 'treated'): HiddenFactorEvent => ({
  type: 'HiddenFactorTreatmentRecorded',
  data: { ...on, stage, measures: '尾砂充填', by: userId, at: NOW },
});
export const verifiedBy = (userId: string): HiddenFactorEvent => ({
  type: 'HiddenFactorTreatmentVerified',
  data: { ...on, note: '充填体强度检测合格', by: userId, at: NOW },
});
export const verified: HiddenFactorEvent = {
  type: 'HiddenFactorTreatmentVerified',
  data: { ...on, note: '充填体强度检测合格', by: actors.principal.id, at: NOW },
};
