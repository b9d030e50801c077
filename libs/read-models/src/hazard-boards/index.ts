import { MigrationInterface } from 'typeorm';
import { ProjectionDefinition, temporalProjection } from '@hazard-ledger/projection-engine';
import { CreateHazardBoards1764400007000 } from './1764400007000-create-hazard-boards';
import { dualReportBoardModel } from './dual-report-board.model';
import { supervisionBoardModel } from './supervision-board.model';

export * from './dual-report-board.model';
export * from './supervision-board.model';
export * from './hazard-boards.query';

export const dualReportBoard = temporalProjection(dualReportBoardModel);
export const supervisionBoard = temporalProjection(supervisionBoardModel);
export const hazardBoardsMigrations: (new () => MigrationInterface)[] = [CreateHazardBoards1764400007000];
export const hazardBoardsDefinitions: ProjectionDefinition[] = [dualReportBoard, supervisionBoard];
