import { ProjectionDefinition, temporalProjection } from '@hazard-ledger/projection-engine';
import { CreateDutyRegisters1765200200100 } from './create-duty-registers.migration';
import { HazardLedgerContractor1765200200000 } from '../migrations/1765200200000-hazard-ledger-contractor';
import {
  contractorRegisterModel,
  enterpriseFileRegisterModel,
  examCampaignRegisterModel,
  hiddenFactorRegisterModel,
} from './duty-records.models';

/** Issue 14's registers: 外包, 隐蔽致灾因素普查, 体检式精查, 一企一档 (and the hazard ledger's contractor column). */
export * from './duty-docs';
export * from './enterprise-file-doc';
export * from './duty-records.models';
export * from './duty-records.query';
export * from './duty-ledgers';
export * from './duty-page';
export { CreateDutyRegisters1765200200100, HazardLedgerContractor1765200200000 };

export const dutyRegisterModels = [
  contractorRegisterModel,
  hiddenFactorRegisterModel,
  examCampaignRegisterModel,
  enterpriseFileRegisterModel,
];
export const dutyRegisterDefinitions: ProjectionDefinition[] = dutyRegisterModels.map((m) =>
  temporalProjection(m as never),
);
export const dutyRegisterMigrations = [HazardLedgerContractor1765200200000, CreateDutyRegisters1765200200100];
