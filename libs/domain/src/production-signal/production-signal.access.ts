import { AccessRule } from '../shared/access';
import { REGULATOR_ROLES } from '../shared/actor';
import { ProductionSignalCommandType } from './production-signal.commands';

/**
 * Regulators of the mine's jurisdiction (检查员 and 带队负责人) record what monitoring, power, positioning or output
 * data — or their own site visit — showed (domain.md §4.3 item 7, §8.2 overlay PRODUCING_WHILE_MAJOR_OPEN). Enterprise
 * roles never write it: it is evidence about their own conduct. Auditors and investigators read.
 */
export const productionSignalCommandAccess: Readonly<Record<ProductionSignalCommandType, AccessRule>> = Object.freeze({
  RecordProductionSignal: { roles: REGULATOR_ROLES },
});
