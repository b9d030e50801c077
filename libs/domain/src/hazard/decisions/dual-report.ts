import { Role } from '../../shared/actor';
import { AcknowledgeDualReport, SubmitDualReport } from '../hazard.commands';
import {
  NotAuthorisedForAction,
  ReportAlreadyAcknowledged,
  ReportContentIncomplete,
  ReportHashMismatch,
} from '../hazard.errors';
import { HazardEvent } from '../hazard.events';
import { Hazard } from '../hazard.state';
import { Recipient, ReportContent } from '../hazard.values';
import { addHours, inStatus, isBlank, requireField, requireOwnSignature } from './guards';
import { MAJOR_OPEN } from './statuses';

/** 16号令 Art. 14: current state and cause, severity and difficulty, and the remediation plan. */
const REPORT_ITEMS: readonly (keyof ReportContent)[] = ['currentState', 'cause', 'severityAnalysis', 'remediationPlan'];

/** A report to the enterprise's own safety department is not one of the two (安全生产法 Art. 41(2)). */
const RECEIVING_SIDE: Record<Recipient, readonly Role[]> = {
  regulator: ['inspector', 'supervising_leader'],
  workers_congress: ['workers_congress_rep'],
};

export const submitDualReport = (command: SubmitDualReport, state: Hazard): HazardEvent[] => {
  const hazard = inStatus(state, command, MAJOR_OPEN);
  const { actor, now, reference } = command.metadata;
  const { recipient, content } = command.data;
  const reportHash = requireField(command.data.reportHash, 'reportHash');
  const missing = REPORT_ITEMS.filter((item) => isBlank(content?.[item]));
  if (missing.length > 0) throw new ReportContentIncomplete(missing);
  const signature = requireOwnSignature(
    command.data.signature,
    actor,
    '重大隐患报告 / major-hazard report',
    reportHash,
  );
  const { dualReportWithinHours: within, version: policyVersion } = reference.policy;
  const hours = recipient === 'regulator' ? within.regulator : within.workersCongress;
  return [
    {
      type: 'DualReportSubmitted',
      data: {
        hazardId: hazard.hazardId,
        recipient,
        reportVersion: (hazard.major.reports[recipient]?.version ?? 0) + 1,
        reportHash,
        content,
        signature,
        submittedBy: actor.id,
        submittedAt: now,
        // "及时" has no national number (domain.md §1.1), so the due time comes from the versioned policy.
        dueBy: addHours(hazard.major.determinedAt, hours),
        policyVersion,
      },
    },
  ];
};

export const acknowledgeDualReport = (command: AcknowledgeDualReport, state: Hazard): HazardEvent[] => {
  const hazard = inStatus(state, command, MAJOR_OPEN);
  const { actor, now } = command.metadata;
  const { recipient, reportHash } = command.data;
  if (!RECEIVING_SIDE[recipient].includes(actor.role)) {
    throw new NotAuthorisedForAction(
      actor.role,
      `签收报送${recipient}的报告 / acknowledge a report to the ${recipient}`,
    );
  }
  const latest = hazard.major.reports[recipient];
  if (!latest || latest.hash !== reportHash) throw new ReportHashMismatch(recipient, latest?.hash, reportHash);
  if (latest.received) throw new ReportAlreadyAcknowledged(recipient, latest.version);
  return [
    {
      type: 'DualReportReceived',
      data: {
        hazardId: hazard.hazardId,
        recipient,
        reportVersion: latest.version,
        reportHash,
        receivedBy: actor.id,
        receivedAt: now,
      },
    },
  ];
};
