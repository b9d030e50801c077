import { Recipient, ReportContent } from '@hazard-ledger/domain';

/**
 * What the principal signs when reporting: the report itself, addressed to one recipient about one hazard. Its
 * SM3 digest (RFC 8785 JSON) is the report hash the event records and every receipt must quote.
 */
export const dualReportDocument = (hazardId: string, recipient: Recipient, content: ReportContent) => ({
  hazardId,
  recipient,
  content: {
    currentState: content.currentState,
    cause: content.cause,
    severityAnalysis: content.severityAnalysis,
    remediationPlan: content.remediationPlan,
  },
});
