import { Command } from '../shared/command';

type On<Data = unknown> = { factorId: string } & Data;

/** 隐蔽致灾因素 kinds (矿安〔2022〕76号; notice (十四)): voids, old workings, water, karst, structures. */
export const HIDDEN_FACTOR_KINDS = [
  'goaf', // 采空区
  'abandoned_working', // 废弃巷道/老窿
  'water_body', // 积水区/含水层
  'karst', // 岩溶
  'fault', // 断层/地质构造
  'fracture_zone', // 破碎带
  'unstable_slope', // 不稳定边坡
  'other',
] as const;
export type HiddenFactorKind = (typeof HIDDEN_FACTOR_KINDS)[number];

/** 钻探、物探、化探 … (notice (十四): methods that verify one another). */
export const DISCOVERY_METHODS = ['survey', 'geophysics', 'geochemistry', 'drilling', 'scanning_3d'] as const;
export type DiscoveryMethod = (typeof DISCOVERY_METHODS)[number];

/** What applies of the factor's size; at least one measure. */
export interface FactorSize {
  areaM2?: number;
  volumeM3?: number;
  heightM?: number;
  spanM?: number;
}

export type RecordHiddenFactor = Command<
  'RecordHiddenFactor',
  On<{
    mineId: string;
    kind: HiddenFactorKind;
    location: string;
    size: FactorSize;
    method: DiscoveryMethod;
    /** 图纸编号/坐标: where on the mine's maps it is drawn. */
    mapRef: string;
    /** Day it was found (YYYY-MM-DD). */
    foundOn: string;
  }>
>;

/** 相互验证: a second, different method confirms (or does not confirm) the factor. */
export type CrossValidateHiddenFactor = Command<
  'CrossValidateHiddenFactor',
  On<{ method: DiscoveryMethod; confirmed: boolean; note: string }>
>;

export const TREATMENT_STAGES = ['in_treatment', 'treated'] as const;
export type TreatmentStage = (typeof TREATMENT_STAGES)[number];

export type RecordHiddenFactorTreatment = Command<
  'RecordHiddenFactorTreatment',
  On<{ stage: TreatmentStage; measures: string }>
>;

/** The mine's own acceptance that the treatment works (查清…并采取有效措施后方可进行采掘作业). */
export type VerifyHiddenFactorTreatment = Command<'VerifyHiddenFactorTreatment', On<{ note: string }>>;

export type HiddenFactorCommand =
  | RecordHiddenFactor
  | CrossValidateHiddenFactor
  | RecordHiddenFactorTreatment
  | VerifyHiddenFactorTreatment;
export type HiddenFactorCommandType = HiddenFactorCommand['type'];
