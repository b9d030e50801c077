/** Events between two snapshots of a hazard: HAZARD_SNAPSHOT_EVERY, else 25 (an as-of read folds fewer than that). */
export const snapshotEvery = (): number => {
  const configured = Number(process.env.HAZARD_SNAPSHOT_EVERY);
  return Number.isInteger(configured) && configured > 0 ? configured : 25;
};
