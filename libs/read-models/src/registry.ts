import { Projection, ProjectionDefinition, liveTables } from './projection';
import { streamCatalogue } from './stream-catalogue/stream-catalogue.projection';

/** Every read model the platform maintains, in the order their runners start. */
export const projectionDefinitions: readonly ProjectionDefinition[] = [streamCatalogue];

export const liveProjections = (definitions = projectionDefinitions): Projection[] =>
  definitions.map((d) => d.create(liveTables));

export const findDefinition = (name: string): ProjectionDefinition | undefined =>
  projectionDefinitions.find((d) => d.name === name);
