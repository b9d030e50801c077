import { codedError, detailsInvalidError, invalidTransitionError } from '../shared/error-kinds';
import { ProductionSignalCommandType } from './production-signal.commands';
import { ProductionSignalStatus } from './production-signal.state';

const STATUS_ZH: Record<ProductionSignalStatus, string> = { not_recorded: '未记录', recorded: '已记录' };

/** A signal is recorded once; a correction would be a new signal (its stream is one observation). */
export class InvalidProductionSignalTransition extends invalidTransitionError<
  ProductionSignalStatus,
  ProductionSignalCommandType,
  'InvalidProductionSignalTransition'
>('InvalidProductionSignalTransition', { zh: '生产迹象记录', en: 'production signal' }, STATUS_ZH) {}

export class ProductionSignalDetailsInvalid extends detailsInvalidError('ProductionSignalDetailsInvalid') {}

/** Only regulators record what the data show: the mine never writes evidence about its own production. */
export class ProductionSignalNotByRegulator extends codedError('ProductionSignalNotByRegulator', 'forbidden') {
  constructor(readonly role: string) {
    super(
      `角色 ${role} 不能记录生产迹象：只有监管人员（检查员、带队负责人）可以记录`,
      `Role ${role} may not record a production signal: only regulators (inspectors, supervising leaders) may`,
    );
  }
}
