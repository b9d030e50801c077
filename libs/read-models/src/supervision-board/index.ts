import { ProjectionDefinition, temporalProjection } from '@hazard-ledger/projection-engine';
import { supervisionBoardModel } from './supervision-board.model';

/** 挂牌督办 board: listed major hazards, their deadlines and extensions, overdue or not. */
export * from './supervision-board.model';
export * from './supervision-board.query';

export const supervisionBoard = temporalProjection(supervisionBoardModel);
export const supervisionBoardDefinitions: ProjectionDefinition[] = [supervisionBoard];
