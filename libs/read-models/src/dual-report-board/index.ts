import { ProjectionDefinition, temporalProjection } from '@hazard-ledger/projection-engine';
import { dualReportBoardModel } from './dual-report-board.model';

/** 双报告 board: each major hazard's reports to the regulator and the workers' congress, late or missing. */
export * from './dual-report-board.model';
export * from './dual-report-board.query';

export const dualReportBoard = temporalProjection(dualReportBoardModel);
export const dualReportBoardDefinitions: ProjectionDefinition[] = [dualReportBoard];
