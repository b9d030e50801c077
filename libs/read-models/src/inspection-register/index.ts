import { ProjectionDefinition, temporalProjection } from '@hazard-ledger/projection-engine';
import { CreateInspectionRegister1765100000000 } from './create-inspection-register.migration';
import { inspectionRegisterModel } from './inspection-register.model';

/** 检查台账: which inspections happened, per mine, inspector, kind and period, with unsigned ones flagged. */
export * from './inspection-file';
export * from './inspection-register.model';
export * from './inspection-register.query';
export { CreateInspectionRegister1765100000000 };

export const inspectionRegister = temporalProjection(inspectionRegisterModel);
export const inspectionRegisterDefinitions: ProjectionDefinition[] = [inspectionRegister];
export const inspectionRegisterMigrations = [CreateInspectionRegister1765100000000];
