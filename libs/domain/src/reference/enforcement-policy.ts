import { Confidence } from '../shared/reference';
import { deepFreeze } from './deep-freeze';
import { ReferenceNotInForce, ReferenceVersionUnknown } from './reference.errors';

/** Who a penalty falls on: the company, or a person (一案双罚 needs at least one person beside the company). */
export type PenaltyTargetKind = 'company' | 'principal' | 'responsible_person';

export interface Provenance {
  confidence: Confidence;
  source: string;
  /** True when the value is our reading, awaiting the bureau's 法制科, not a text we saw. */
  placeholder: boolean;
  note?: string;
}

/** A statutory minimum fine for one legal basis and one kind of target (CNY). */
export interface PenaltyMinimum extends Provenance {
  basis: string;
  appliesTo: 'company' | 'individual';
  minimumYuan: number;
}

export interface EnforcementPolicyEdition {
  version: string;
  /** 00:00 China Standard Time of that date. */
  effectiveFrom: string;
  /** 重大执法决定法制审核: the document kinds that need a legal review before signing. */
  legalReviewKinds: readonly string[];
  legalReviewProvenance: Provenance;
  penaltyMinimums: readonly PenaltyMinimum[];
}

const RECALLED = '安全生产法 (2021), article text recalled, not retrieved (domain.md §10 lists 101/102 as recalled)';

const enforcement2024: EnforcementPolicyEdition = {
  version: 'enforcement@2024.1',
  effectiveFrom: '2024-01-01',
  legalReviewKinds: ['case_approval', 'penalty_decision', 'suspension_order'],
  legalReviewProvenance: {
    confidence: 'P',
    source: '行政执法"三项制度"，重大执法决定法制审核 (国办发〔2018〕118号, domain.md §4.1 [P])',
    placeholder: true,
    note: 'Which kinds count as 重大执法决定 is the bureau’s list; 立案, 处罚 and 停产整顿 are our reading.',
  },
  penaltyMinimums: [
    {
      basis: '安全生产法第一百零一条',
      appliesTo: 'company',
      minimumYuan: 100000,
      confidence: 'R',
      source: `${RECALLED}: 逾期未改正的…并处十万元以上二十万元以下的罚款`,
      placeholder: true,
    },
    {
      basis: '安全生产法第一百零一条',
      appliesTo: 'individual',
      minimumYuan: 20000,
      confidence: 'R',
      source: `${RECALLED}: 对其直接负责的主管人员和其他直接责任人员处二万元以上五万元以下的罚款`,
      placeholder: true,
    },
    {
      basis: '安全生产法第一百零二条',
      appliesTo: 'individual',
      minimumYuan: 50000,
      confidence: 'R',
      source: `${RECALLED}: 拒不执行的…对其直接负责的主管人员和其他直接责任人员处五万元以上十万元以下的罚款`,
      placeholder: true,
    },
  ],
};

/** Every published edition, oldest first. Append a new edition; never edit a published one. */
export const ENFORCEMENT_POLICY_EDITIONS: readonly EnforcementPolicyEdition[] = deepFreeze([enforcement2024]);

const startOf = (effectiveFrom: string): number => Date.parse(`${effectiveFrom}T00:00:00+08:00`);

export const enforcementPolicyInForce = (at: string): EnforcementPolicyEdition => {
  const t = Date.parse(at);
  const inForce = ENFORCEMENT_POLICY_EDITIONS.filter((e) => startOf(e.effectiveFrom) <= t);
  const found = inForce.at(-1);
  if (!found) throw new ReferenceNotInForce('enforcementPolicy', at);
  return found;
};

export const enforcementPolicyByVersion = (version: string): EnforcementPolicyEdition => {
  const found = ENFORCEMENT_POLICY_EDITIONS.find((e) => e.version === version);
  if (!found) throw new ReferenceVersionUnknown('enforcementPolicy', version);
  return found;
};

/** The minimum for this basis and target, or undefined when the edition records none (then nothing is flagged). */
export const penaltyMinimumOf = (
  edition: EnforcementPolicyEdition,
  basis: string,
  target: PenaltyTargetKind,
): PenaltyMinimum | undefined =>
  edition.penaltyMinimums.find(
    (m) => m.basis === basis && m.appliesTo === (target === 'company' ? 'company' : 'individual'),
  );
