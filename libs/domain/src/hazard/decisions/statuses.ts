import { GeneralStatus, KnownStatus, MajorStatus } from '../hazard.state';

export const GENERAL_STATUSES: readonly GeneralStatus[] = [
  'general_determined',
  'rectified_on_spot',
  'rectification_assigned',
  'rectified',
  'verified',
  'reinspected',
];

/** A major hazard before sign-off: reports, listing and suspension still apply. */
export const MAJOR_OPEN: readonly MajorStatus[] = [
  'major_determined',
  'plan_submitted',
  'plan_returned',
  'in_remediation',
  'evaluated',
  'sign_off_requested',
  'escalated',
];

/** Once a sign-off is requested, the grade is frozen until the regulator decides. */
export const MAJOR_GRADABLE: readonly MajorStatus[] = [
  'major_determined',
  'plan_submitted',
  'plan_returned',
  'in_remediation',
  'evaluated',
];

export const OPEN: readonly KnownStatus[] = ['discovered', ...MAJOR_OPEN, 'signed_off', ...GENERAL_STATUSES];

export const SUSPENDABLE: readonly KnownStatus[] = OPEN.filter((s) => s !== 'signed_off');
