import { FindingDto } from '../shared/finding.dto';

/** The new finding; its mine is the earlier hazard's. */
export class ReportRecurrenceRequest extends FindingDto {}
