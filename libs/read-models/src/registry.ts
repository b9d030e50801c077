import { EntityModel, EventFeed, Projection, ProjectionDefinition, liveTables } from '@hazard-ledger/projection-engine';
import { streamCatalogue } from './stream-catalogue/stream-catalogue.projection';
import { auditTrailDefinitions } from './audit-trail';
import { knowledgeTimelineDefinitions } from './knowledge-timeline';
import { hazardLedgerDefinitions, hazardLedgerModel } from './hazard-ledger';
import { dualReportBoardDefinitions, dualReportBoardModel } from './dual-report-board';
import { supervisionBoardDefinitions, supervisionBoardModel } from './supervision-board';
import { hazardSnapshotsDefinitions } from './hazard-snapshots';
import { inspectionRegisterDefinitions, inspectionRegisterModel } from './inspection-register';
import { documentRegisterDefinitions, documentRegisterModel } from './document-register';
import { penaltyRegisterDefinitions, penaltyRegisterModel } from './penalty-register';
import { minesUnderSuspensionDefinitions } from './mines-under-suspension';
import { planBoardDefinitions } from './plan-board';
import { dutyRegisterDefinitions, dutyRegisterModels } from './duty-records';
import { monthlyCheckRegisterDefinitions, monthlyCheckRegisterModel } from './monthly-check-register';
import { hotWorkPermitRegisterDefinitions, hotWorkPermitRegisterModel } from './hot-work-permit-register';

/** Every read model the platform maintains, in the order their runners start; the apps hand it to the engine. */
export const projectionDefinitions: readonly ProjectionDefinition[] = [
  streamCatalogue,
  ...hazardLedgerDefinitions,
  ...dualReportBoardDefinitions,
  ...supervisionBoardDefinitions,
  ...auditTrailDefinitions,
  ...knowledgeTimelineDefinitions,
  ...hazardSnapshotsDefinitions,
  ...inspectionRegisterDefinitions,
  ...documentRegisterDefinitions,
  ...penaltyRegisterDefinitions,
  ...minesUnderSuspensionDefinitions,
  ...planBoardDefinitions,
  ...dutyRegisterDefinitions,
  ...monthlyCheckRegisterDefinitions,
  ...hotWorkPermitRegisterDefinitions,
];

export const liveProjections = (
  feed?: Pick<EventFeed, 'readStream'>,
  definitions = projectionDefinitions,
): Projection[] => definitions.map((d) => d.create(liveTables, feed));

export const findDefinition = (name: string): ProjectionDefinition | undefined =>
  projectionDefinitions.find((d) => d.name === name);

/** The temporal models by name. */
export const temporalModels: Record<string, EntityModel<unknown, unknown>> = Object.fromEntries(
  [
    hazardLedgerModel,
    dualReportBoardModel,
    supervisionBoardModel,
    inspectionRegisterModel,
    documentRegisterModel,
    penaltyRegisterModel,
    ...dutyRegisterModels,
    monthlyCheckRegisterModel,
    hotWorkPermitRegisterModel,
  ].map((m) => [m.name, m as EntityModel<unknown, unknown>]),
);
