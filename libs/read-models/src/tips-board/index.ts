import { ProjectionDefinition, temporalProjection } from '@hazard-ledger/projection-engine';
import { CreateTipsBoard1765200300200 } from './create-tips-board.migration';
import { tipsBoardModel } from './tips-board.model';

/** 举报看板: open tips per step with their deadlines, overdue steps, objections, rewards, reveals — never the reporter. */
export * from './tip-card';
export * from './tips-board.model';
export * from './tips-board.query';
export { CreateTipsBoard1765200300200 };

export const tipsBoard = temporalProjection(tipsBoardModel);
export const tipsBoardDefinitions: ProjectionDefinition[] = [tipsBoard];
export const tipsBoardMigrations = [CreateTipsBoard1765200300200];
