import { EntityModel } from '../entity-model';
import { hazardLedgerModel } from '../../hazard-ledger/hazard-ledger.model';
import { dualReportBoardModel } from '../../hazard-boards/dual-report-board.model';
import { supervisionBoardModel } from '../../hazard-boards/supervision-board.model';

/** The temporal models by name, for a worker thread that receives only a name. */
export const temporalModels: Record<string, EntityModel<unknown, unknown>> = Object.fromEntries(
  [hazardLedgerModel, dualReportBoardModel, supervisionBoardModel].map((m) => [
    m.name,
    m as EntityModel<unknown, unknown>,
  ]),
);
