/** Versioned reference data (判定标准 catalogue, A–D scale) and deadline policy; decisions cite the versions they used. */
export * from './clause-catalogue';
export * from './policy';
export * from './risk-grading';
export * from './enforcement-policy';
export * from './reference.errors';
export * from './reference-registry';
export * from './inspection-policy';
export * from './evidence-files';
export * from './inspection-frequency';
export * from './duty-policies';
export * from './monthly-check-policy';
export * from './hot-work-policy';
export * from './tip-policy';
export * from './lookback-policy';
export * from './tip-follow-up-policy';
