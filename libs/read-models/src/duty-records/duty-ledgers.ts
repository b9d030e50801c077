import { cstDay, cstMonth, monthsBetween } from '@hazard-ledger/domain';
import { ContractorDoc, ExamCampaignDoc, ExamItemDoc, HiddenFactorDoc } from './duty-docs';
import { EnterpriseFileDoc } from './enterprise-file-doc';

/** 外包单位台账 line: the contract, its assessments, the months still missing one, the mine against the limit. */
export interface ContractorLedgerRow extends Omit<ContractorDoc, 'changes'> {
  active: boolean;
  missingMonths: string[];
  activeAtMine: number;
  maxPerMine: number;
  overLimit: boolean;
}

/**
 * Months of the contract before the month of `at` (a month's 绩效考核 falls due when it ends) with no assessment.
 * A contract is active at `at` when `at`'s day lies in its period and it has not ended earlier.
 */
export const contractorLedger = (docs: ContractorDoc[], at: string, maxPerMine: number): ContractorLedgerRow[] => {
  const day = cstDay(at);
  const isActive = (d: ContractorDoc) => d.contractFrom <= day && day <= (d.endedOn ?? d.contractTo);
  const perMine = new Map<string, number>();
  for (const d of docs.filter(isActive)) perMine.set(d.mineId, (perMine.get(d.mineId) ?? 0) + 1);
  return docs.map(({ changes: _c, ...d }) => {
    const last = [d.endedOn ?? d.contractTo, day].sort()[0];
    const due = monthsBetween(d.contractFrom, last).filter((m) => m < cstMonth(at));
    const done = new Set(d.assessments.map((a) => a.month));
    const activeAtMine = perMine.get(d.mineId) ?? 0;
    return {
      ...d,
      active: isActive(d as ContractorDoc),
      missingMonths: due.filter((m) => !done.has(m)),
      activeAtMine,
      maxPerMine,
      overLimit: activeAtMine > maxPerMine,
    };
  });
};

/** 隐蔽致灾因素普查台账 line. */
export type CensusLedgerRow = Omit<HiddenFactorDoc, 'changes'>;
export const censusLedger = (docs: HiddenFactorDoc[]): CensusLedgerRow[] => docs.map(({ changes: _c, ...d }) => d);

/** 体检式精查 item line: the item with its campaign and mine, and whether its deadline has passed undone. */
export interface ExamItemRow extends ExamItemDoc {
  campaignId: string;
  title: string;
  mineId: string;
  mineName: string | null;
  jurisdiction: string | null;
  pastDeadline: boolean;
}
export const examItemLedger = (docs: ExamCampaignDoc[], at: string): ExamItemRow[] => {
  const day = cstDay(at);
  return docs.flatMap((c) =>
    c.items.map((i) => ({
      ...{
        campaignId: c.campaignId,
        title: c.title,
        mineId: c.mineId,
        mineName: c.mineName,
        jurisdiction: c.jurisdiction,
      },
      ...i,
      pastDeadline: i.status !== 'closed' && i.deadline < day,
    })),
  );
};

/** A certificate (特种作业操作证) or an engineer's registration that has expired or expires within the window. */
export interface ExpiringRow {
  mineId: string;
  mineName: string | null;
  jurisdiction: string | null;
  kind: 'operator_certificate' | 'safety_engineer';
  number: string;
  name: string;
  what: string;
  validUntil: string;
  state: 'expired' | 'expiring';
  daysLeft: number;
}
const DAY_MS = 86_400_000;
export const expiringCertificates = (docs: EnterpriseFileDoc[], at: string, windowDays: number): ExpiringRow[] => {
  const today = cstDay(at);
  const daysLeft = (until: string) => Math.round((Date.parse(until) - Date.parse(today)) / DAY_MS);
  return docs
    .flatMap((f) => {
      const mine = { mineId: f.mineId, mineName: f.mineName, jurisdiction: f.jurisdiction };
      const certs = f.certificates
        .filter((c) => !c.revoked)
        .map((c) => ({
          ...mine,
          kind: 'operator_certificate' as const,
          number: c.certificateNo,
          name: c.name,
          what: c.operationType,
          validUntil: c.validUntil,
        }));
      const engineers = f.engineers
        .filter((e) => !e.removed)
        .map((e) => ({
          ...mine,
          kind: 'safety_engineer' as const,
          number: e.registrationNo,
          name: e.name,
          what: '注册安全工程师',
          validUntil: e.validUntil,
        }));
      return [...certs, ...engineers];
    })
    .map((r) => ({
      ...r,
      daysLeft: daysLeft(r.validUntil),
      state: (r.validUntil < today ? 'expired' : 'expiring') as ExpiringRow['state'],
    }))
    .filter((r) => r.daysLeft <= windowDays)
    .sort((a, b) => a.validUntil.localeCompare(b.validUntil) || a.number.localeCompare(b.number));
};
