import { EventFeed, Projection, ProjectionDefinition, liveTables } from './projection';
import { streamCatalogue } from './stream-catalogue/stream-catalogue.projection';
import { auditTrailDefinitions } from './audit-trail';
import { knowledgeTimelineDefinitions } from './knowledge-timeline';
import { hazardLedgerDefinitions } from './hazard-ledger';
import { hazardBoardsDefinitions } from './hazard-boards';
import { hazardSnapshotsDefinitions } from './hazard-snapshots';

/** Every read model the platform maintains, in the order their runners start. */
export const projectionDefinitions: readonly ProjectionDefinition[] = [
  streamCatalogue,
  ...hazardLedgerDefinitions,
  ...hazardBoardsDefinitions,
  ...auditTrailDefinitions,
  ...knowledgeTimelineDefinitions,
  ...hazardSnapshotsDefinitions,
];

export const liveProjections = (
  feed?: Pick<EventFeed, 'readStream'>,
  definitions = projectionDefinitions,
): Projection[] => definitions.map((d) => d.create(liveTables, feed));

export const findDefinition = (name: string): ProjectionDefinition | undefined =>
  projectionDefinitions.find((d) => d.name === name);
