import { measureAsOfInFreshProcess } from './as-of-process';
import { ledgerQueryMeasurement, rebuildMeasurement, snapshotsAsLive } from './ledger-measurements';
import { ProjectionsMeasurement } from './measurement';

export type { ProjectionsBenchContext, ProjectionsMeasurement } from './measurement';

/**
 * Run in this order after the load: full rebuild of the hazard ledger; the hazard snapshots a live projector would
 * have written (untimed set-up); as-of reconstruction; ledger queries.
 */
export const PROJECTIONS_MEASUREMENTS: ProjectionsMeasurement[] = [
  rebuildMeasurement(),
  snapshotsAsLive,
  measureAsOfInFreshProcess,
  ledgerQueryMeasurement,
];
