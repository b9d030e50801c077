import { Confidence } from '../shared/reference';
import { deepFreeze } from './deep-freeze';

type Provenance<K extends string> = Readonly<
  Record<K, { confidence: Confidence; source: string; placeholder: boolean }>
>;

/** Numbers of issue 14's records (contractors, 体检式精查, 一企一档) that no text in hand fixes: versioned data. */
export interface ContractorsPolicyEdition {
  version: string;
  effectiveFrom: string;
  /** Contractors one mine may have under contract at once; the ledger flags a mine above it. */
  maxContractorsPerMine: number;
  provenance: Provenance<'maxContractorsPerMine'>;
}

export interface PhysicalExamPolicyEdition {
  version: string;
  effectiveFrom: string;
  /** 2024年6月底前…完成"体检式"精查 (notice (十五)). */
  examBy: string;
  /** 2024年底前，对精查发现的问题要全部整改完成 (notice (十五)): an item's deadline when none is given. */
  rectifyBy: string;
  provenance: Provenance<'examBy' | 'rectifyBy'>;
}

export interface EnterpriseFilePolicyEdition {
  version: string;
  effectiveFrom: string;
  /** A certificate expiring within this many days shows on the board. */
  expiryWarningDays: number;
  provenance: Provenance<'expiryWarningDays'>;
}

const NOTICE = '上党区 2024 年非煤矿山安全生产工作要点 (seed-notice-2024.txt)';

export const CONTRACTORS_POLICY_EDITIONS: readonly ContractorsPolicyEdition[] = deepFreeze([
  {
    version: 'contractors@2021.1',
    effectiveFrom: '2021-01-01',
    maxContractorsPerMine: 3,
    provenance: {
      maxContractorsPerMine: {
        confidence: 'R',
        source: '矿安〔2021〕55号 limits contractor numbers (domain.md §5.4 [C]); the figure 3 is recalled, not read',
        placeholder: true,
      },
    },
  },
]);

export const PHYSICAL_EXAM_POLICY_EDITIONS: readonly PhysicalExamPolicyEdition[] = deepFreeze([
  {
    version: 'physical-exam@2024.1',
    effectiveFrom: '2024-01-01',
    examBy: '2024-06-30',
    rectifyBy: '2024-12-31',
    provenance: {
      examBy: { confidence: 'C', source: `${NOTICE} (十五) 2024年6月底前`, placeholder: false },
      rectifyBy: { confidence: 'C', source: `${NOTICE} (十五) 2024年底前`, placeholder: false },
    },
  },
]);

export const ENTERPRISE_FILE_POLICY_EDITIONS: readonly EnterpriseFilePolicyEdition[] = deepFreeze([
  {
    version: 'enterprise-file@2024.1',
    effectiveFrom: '2024-01-01',
    expiryWarningDays: 90,
    provenance: {
      expiryWarningDays: {
        confidence: 'X',
        source: '特种作业操作证每3年复审 (recalled); no warning window found in any text: a placeholder',
        placeholder: true,
      },
    },
  },
]);

const startOf = (effectiveFrom: string): number => Date.parse(`${effectiveFrom}T00:00:00+08:00`);
const inForce =
  <E extends { effectiveFrom: string }>(editions: readonly E[]) =>
  (at: string): E =>
    editions.filter((e) => startOf(e.effectiveFrom) <= Date.parse(at)).at(-1) ?? editions[0];

export const contractorsPolicyInForce = inForce(CONTRACTORS_POLICY_EDITIONS);
export const physicalExamPolicyInForce = inForce(PHYSICAL_EXAM_POLICY_EDITIONS);
export const enterpriseFilePolicyInForce = inForce(ENTERPRISE_FILE_POLICY_EDITIONS);
