import { ProjectionDefinition } from '@hazard-ledger/projection-engine';
import { factProjection } from '../enforcement-facts/fact-history';
import { planBoardModel } from './plan-board.model';

/** Plan vs. actual supervision (倒查 I 23): planned and done per mine and year, 四不两直 share, joint per quarter. */
export * from './plan-board.model';
export * from './plan-board.query';

export const planBoard = factProjection(planBoardModel);
export const planBoardDefinitions: ProjectionDefinition[] = [planBoard];
