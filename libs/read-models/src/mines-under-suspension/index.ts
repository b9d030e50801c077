import { ProjectionDefinition } from '@hazard-ledger/projection-engine';
import { factProjection } from '../enforcement-facts/fact-history';
import { minesUnderSuspensionModel } from './mines-under-suspension.model';

/** Mines under suspension (停产整顿): the order, since when, the hazards it names, where 复产 stands — as of any date. */
export * from './mines-under-suspension.model';
export * from './mines-under-suspension.query';

export const minesUnderSuspension = factProjection(minesUnderSuspensionModel);
export const minesUnderSuspensionDefinitions: ProjectionDefinition[] = [minesUnderSuspension];
