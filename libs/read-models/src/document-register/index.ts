import { ProjectionDefinition, temporalProjection } from '@hazard-ledger/projection-engine';
import { documentRegisterModel } from './document-register.model';

/** 执法文书台账: every document and version, amended-after-signing/service and never-served flagged. */
export * from './document-register.model';
export * from './document-register.query';
export * from './register-query';

export const documentRegister = temporalProjection(documentRegisterModel);
export const documentRegisterDefinitions: ProjectionDefinition[] = [documentRegister];
