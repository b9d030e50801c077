import { DomainEvent, Hazard, HazardEvent, hazardDecider, policyByVersion } from '@hazard-ledger/domain';
import { LeanEvent, MineInfo, MineLookup } from '@hazard-ledger/projection-engine';

export type RecipientKey = 'regulator' | 'workers_congress';

export interface ReportTrack {
  /** Hours the policy in force allowed from determination (a placeholder number until the bureau sets it). */
  allowedHours: number | null;
  submittedAt: string | null;
  dueBy: string | null;
  receivedAt: string | null;
}

export interface ExtensionEntry {
  requestedAt: string;
  requestedBy: string;
  newDeadline: string;
  reason: string;
  decision: 'pending' | 'granted' | 'refused';
  decidedBy: string | null;
  decidedAt: string | null;
}

/** Everything the hazard ledger and the boards show, folded from one hazard's events (plus its mine's facts). */
export interface HazardRecord {
  hazard: Hazard;
  /** The mine's registration facts; not its risk grade, which changes (and would make the fold order-dependent). */
  mine: MineFacts | null;
  grade: 'major' | 'general' | null;
  clauseId: string | null;
  basicCondition: boolean;
  discoveredAt: string;
  /** 外包单位 named at discovery; absent on records folded before issue 14. */
  contractorId?: string | null;
  determinedAt: string | null;
  /** When a major hazard was downgraded: the boards keep what happened while it was major, marked so. */
  downgradedAt: string | null;
  policyVersion: string | null;
  generalDeadline: string | null;
  reports: Record<RecipientKey, ReportTrack>;
  listing: {
    level: string;
    unit: string;
    noticeNo: string;
    official: string;
    listedAt: string;
    deadline: string;
  } | null;
  extensions: ExtensionEntry[];
  signedOffAt: string | null;
  endedAt: string | null;
  /** A major hazard closed without 销号, on a legal ground (issue 13 item 7): always surfaced. */
  closedWithoutSignOff?: boolean;
  lastEventType: string;
  lastOccurredAt: string;
}

const noReports = (): Record<RecipientKey, ReportTrack> => ({
  regulator: { allowedHours: null, submittedAt: null, dueBy: null, receivedAt: null },
  workers_congress: { allowedHours: null, submittedAt: null, dueBy: null, receivedAt: null },
});

// An unknown version (e.g. a test policy) leaves the allowance unknown rather than failing the projection.
const allowed = (policyVersion: string): Record<RecipientKey, number | null> => {
  try {
    const hours = policyByVersion(policyVersion).dualReportWithinHours;
    return { regulator: hours.regulator, workers_congress: hours.workersCongress };
  } catch {
    return { regulator: null, workers_congress: null };
  }
};

export type MineFacts = Pick<MineInfo, 'mineId' | 'name' | 'jurisdiction' | 'siteType'>;

const factsOf = (m: MineInfo | undefined): MineFacts | null =>
  m ? { mineId: m.mineId, name: m.name, jurisdiction: m.jurisdiction, siteType: m.siteType } : null;

/** Pure fold; the domain decides the status (hazardDecider.evolve), this adds the dates and deadlines. */
export const evolveHazardRecord = (
  record: HazardRecord | undefined,
  event: LeanEvent,
  mines: MineLookup,
): HazardRecord | undefined => {
  const hazard = hazardDecider.evolve(record?.hazard ?? hazardDecider.initialState(), {
    type: event.type,
    data: event.data,
  } as DomainEvent as HazardEvent);
  if (hazard.status === 'not_discovered') return undefined;
  const d = event.data as Record<string, never>;
  const base: HazardRecord = record ?? {
    hazard,
    mine: factsOf(mines(String(d.mineId))),
    grade: null,
    clauseId: null,
    basicCondition: false,
    discoveredAt: String(d.discoveredAt ?? event.metadata.occurredAt),
    contractorId: d.contractorId ?? null,
    determinedAt: null,
    downgradedAt: null,
    policyVersion: null,
    generalDeadline: null,
    reports: noReports(),
    listing: null,
    extensions: [],
    signedOffAt: null,
    endedAt: null,
    lastEventType: event.type,
    lastOccurredAt: event.metadata.occurredAt,
  };
  return { ...facts(base, event, d), hazard, lastEventType: event.type, lastOccurredAt: event.metadata.occurredAt };
};

const facts = (r: HazardRecord, event: LeanEvent, d: Record<string, never>): HazardRecord => {
  switch (event.type) {
    case 'MajorHazardDetermined':
      return asMajor(r, d.determinedAt, d.policyVersion, d.clauseId, d.basicCondition);
    case 'GeneralHazardDetermined':
      return asGeneral(r, d.determinedAt, d.policyVersion, d.clauseId ?? null);
    case 'HazardGradeChanged':
      return d.to === 'major'
        ? asMajor(r, d.changedAt, d.policyVersion, d.clauseId ?? r.clauseId, d.basicCondition ?? false)
        : asDowngraded(r, d.changedAt, d.policyVersion);
    case 'DualReportSubmitted':
      return track(r, d.recipient, { submittedAt: d.submittedAt, dueBy: d.dueBy, receivedAt: null });
    case 'DualReportReceived':
      return track(r, d.recipient, { receivedAt: d.receivedAt });
    case 'SupervisionListed':
      return {
        ...r,
        listing: {
          level: d.level,
          unit: d.unit,
          noticeNo: d.noticeNo,
          official: d.supervisingOfficial,
          listedAt: d.listedAt,
          deadline: d.deadline,
        },
      };
    case 'ExtensionRequested':
      return {
        ...r,
        extensions: [
          ...r.extensions,
          {
            requestedAt: d.requestedAt,
            requestedBy: d.requestedBy,
            newDeadline: d.newDeadline,
            reason: d.reason,
            decision: 'pending',
            decidedBy: null,
            decidedAt: null,
          },
        ],
      };
    case 'ExtensionGranted':
      return decide(r, 'granted', d.grantedBy, d.grantedAt);
    case 'ExtensionRefused':
      return decide(r, 'refused', d.refusedBy, d.refusedAt);
    case 'RectificationAssigned':
      return { ...r, generalDeadline: d.deadline };
    case 'ReinspectionConducted':
      return { ...r, generalDeadline: d.newDeadline ?? r.generalDeadline };
    case 'HazardSignedOff':
      return { ...r, signedOffAt: d.signedOffAt };
    case 'HazardClosed':
      return { ...r, endedAt: d.closedAt, closedWithoutSignOff: d.withoutSignOff === true };
    case 'HazardVoided':
      return { ...r, endedAt: d.voidedAt };
    default:
      return r;
  }
};

// A (re)determination as major starts the 双报告 clock afresh under the policy version the decision cites.
const asMajor = (
  r: HazardRecord,
  at: string,
  policyVersion: string,
  clauseId: string | null,
  basicCondition: boolean,
): HazardRecord => {
  const hours = allowed(policyVersion);
  const reports = noReports();
  for (const k of ['regulator', 'workers_congress'] as const) reports[k].allowedHours = hours[k];
  return {
    ...r,
    grade: 'major',
    clauseId,
    basicCondition,
    determinedAt: at,
    downgradedAt: null,
    policyVersion,
    reports,
  };
};

/** 重大→一般: the report clocks and the listing of its major period stay on record (倒查 §9 D.10), marked downgraded. */
const asDowngraded = (r: HazardRecord, at: string, policyVersion: string): HazardRecord => ({
  ...r,
  grade: 'general',
  basicCondition: false,
  downgradedAt: at,
  policyVersion,
});

const asGeneral = (r: HazardRecord, at: string, policyVersion: string, clauseId: string | null): HazardRecord => ({
  ...r,
  grade: 'general',
  clauseId,
  basicCondition: false,
  determinedAt: at,
  policyVersion,
  reports: noReports(),
  listing: null,
});

const track = (r: HazardRecord, recipient: RecipientKey, change: Partial<ReportTrack>): HazardRecord => ({
  ...r,
  reports: { ...r.reports, [recipient]: { ...r.reports[recipient], ...change } },
});

const decide = (r: HazardRecord, decision: 'granted' | 'refused', by: string, at: string): HazardRecord => {
  let i = r.extensions.length - 1;
  while (i >= 0 && r.extensions[i].decision !== 'pending') i--;
  if (i < 0) return r;
  const extensions = r.extensions.map((x, j) => (j === i ? { ...x, decision, decidedBy: by, decidedAt: at } : x));
  return { ...r, extensions };
};
