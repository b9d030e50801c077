import { ProjectionDefinition, temporalProjection } from '@hazard-ledger/projection-engine';
import { CreateHotWorkPermitRegister1765200100100 } from './create-hot-work-permit-register.migration';
import { hotWorkPermitRegisterModel } from './hot-work-permit-register.model';

/** 动火作业票台账: every permit and where it stands, with unpermitted hot work (UG-29) found by inspections beside it. */
export * from './hot-work-permit-file';
export * from './hot-work-permit-register.model';
export * from './hot-work-permit-register.query';
export { CreateHotWorkPermitRegister1765200100100 };

export const hotWorkPermitRegister = temporalProjection(hotWorkPermitRegisterModel);
export const hotWorkPermitRegisterDefinitions: ProjectionDefinition[] = [hotWorkPermitRegister];
export const hotWorkPermitRegisterMigrations = [CreateHotWorkPermitRegister1765200100100];
