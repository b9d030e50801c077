import { REGULATOR_ROLES } from '../shared/actor';
import { isBlank, requireOneOf, requireText } from '../shared/field-checks';
import { RecordProductionSignal, SIGNAL_SOURCES, SignalPeriod } from './production-signal.commands';
import {
  InvalidProductionSignalTransition,
  ProductionSignalDetailsInvalid,
  ProductionSignalNotByRegulator,
} from './production-signal.errors';
import { ProductionSignalEvent } from './production-signal.events';
import { ProductionSignal } from './production-signal.state';

const E = ProductionSignalDetailsInvalid;
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

/** An instant no later than the recording: a signal describes what was observed, never what will be. */
const pastInstant = (value: unknown, field: string, now: string): string => {
  if (typeof value !== 'string' || !ISO.test(value) || Number.isNaN(Date.parse(value)))
    throw new E(field, '须为 ISO 8601 时间', 'must be an ISO 8601 instant');
  if (Date.parse(value) > Date.parse(now)) throw new E(field, '不能晚于记录时间', 'must not be after the recording');
  return new Date(Date.parse(value)).toISOString();
};

const optionalText = (value: unknown, field: string, max: number): string | null =>
  value === undefined || value === null ? null : requireText(E, value, field, max);

const periodOf = (period: SignalPeriod | undefined, observedAt: string, now: string): SignalPeriod | null => {
  if (period === undefined || period === null) return null;
  const from = pastInstant(period.from, 'period.from', now);
  const to = pastInstant(period.to, 'period.to', now);
  if (Date.parse(from) > Date.parse(to))
    throw new E('period.to', '不能早于 period.from', 'must not be before period.from');
  if (Date.parse(observedAt) < Date.parse(from) || Date.parse(observedAt) > Date.parse(to))
    throw new E('observedAt', '须在 period 之内', 'must lie inside the period');
  return { from, to };
};

const valueOf = (value: unknown, unit: unknown): { value: number | null; unit: string | null } => {
  if (value === undefined || value === null) {
    if (!isBlank(unit)) throw new E('unit', '没有读数时不填单位', 'only with a value');
    return { value: null, unit: null };
  }
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0)
    throw new E('value', '须为非负数', 'must be a non-negative number');
  return { value, unit: requireText(E, unit, 'unit', 20) };
};

const record = (command: RecordProductionSignal, state: ProductionSignal): ProductionSignalEvent => {
  if (state.status !== 'not_recorded') throw new InvalidProductionSignalTransition(state.status, command.type);
  const { actor, now } = command.metadata;
  if (!REGULATOR_ROLES.includes(actor.role)) throw new ProductionSignalNotByRegulator(actor.role);
  const d = command.data;
  const signalId = requireText(E, d.signalId, 'signalId', 100);
  const mineId = requireText(E, d.mineId, 'mineId', 100);
  const source = requireOneOf(E, d.source, SIGNAL_SOURCES, 'source');
  if (typeof d.producing !== 'boolean') throw new E('producing', '须为是或否', 'must be true or false');
  const observedAt = pastInstant(d.observedAt, 'observedAt', now);
  return {
    type: 'ProductionSignalRecorded',
    data: {
      ...{ signalId, mineId, source, producing: d.producing, observedAt },
      period: periodOf(d.period, observedAt, now),
      ...valueOf(d.value, d.unit),
      reference: optionalText(d.reference, 'reference', 200),
      note: optionalText(d.note, 'note', 2000),
      recordedBy: { id: actor.id, name: actor.name, role: actor.role },
      recordedAt: now,
    },
  };
};

export const decideProductionSignal = (
  command: RecordProductionSignal,
  state: ProductionSignal,
): ProductionSignalEvent[] => {
  switch (command.type) {
    case 'RecordProductionSignal':
      return [record(command, state)];
    default: {
      const unhandled: never = command.type;
      throw new Error(`Unknown production-signal command ${JSON.stringify(unhandled)}`);
    }
  }
};
