import { MigrationInterface } from 'typeorm';
import { ProjectionDefinition } from '@hazard-ledger/projection-engine';
import { CreateAuditTrail1764400004000 } from './audit-trail.migration';
import { auditTrail } from './audit-trail.projection';

/** 审计追踪: per entity and per actor, every event with who, both clocks, why and what it changed. */
export { diffStates, type FieldChange } from './diff-states';
export { auditEntry, type AuditEntry, type StreamFold } from './audit-entry';
export { CreateAuditTrail1764400004000 } from './audit-trail.migration';
export { auditTrail } from './audit-trail.projection';
export * from './audit-trail.queries';
export { InvalidPageCursor, MAX_PAGE as MAX_AUDIT_PAGE } from './query-support';
export type { Queryable as ReadModelQueryable } from './query-support';

export const auditTrailMigrations: (new () => MigrationInterface)[] = [CreateAuditTrail1764400004000];
export const auditTrailDefinitions: ProjectionDefinition[] = [auditTrail];
