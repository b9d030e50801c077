import { ProjectionDefinition, temporalProjection } from '@hazard-ledger/projection-engine';
import { penaltyRegisterModel } from './penalty-register.model';

/** 行政处罚台账: targets, amounts, below-minimum and no-individual flagged, paid or not. */
export * from './penalty-register.model';
export * from './penalty-register.query';

export const penaltyRegister = temporalProjection(penaltyRegisterModel);
export const penaltyRegisterDefinitions: ProjectionDefinition[] = [penaltyRegister];
