/** Deterministic builders for the production-signal specs: power data of mine-1 the evening before NOW. */
import { Actor } from '../shared/actor';
import { CommandMetadata } from '../shared/command';
import { MINE_ID, NOW, actors } from '../hazard/fixtures/reference';
import { RecordProductionSignal } from './production-signal.commands';
import { ProductionSignalEvent } from './production-signal.events';

export { MINE_ID, NOW, actors };
export const SIGNAL_ID = 'signal-1';
/** NOW is 2024-03-10T09:00Z; the reading is of the previous evening. */
export const OBSERVED_AT = '2024-03-09T20:00:00.000Z';
export const PERIOD = { from: '2024-03-09T16:00:00.000Z', to: '2024-03-10T00:00:00.000Z' };

export const SIGNAL = {
  signalId: SIGNAL_ID,
  mineId: MINE_ID,
  source: 'power' as const,
  producing: true,
  observedAt: OBSERVED_AT,
  period: PERIOD,
  value: 1840,
  unit: 'kWh',
  reference: '供电所抄表 2024-03-09 / utility meter reading',
  note: '停产期间主提升机用电如常',
};

export const aRecord = (
  data: Partial<RecordProductionSignal['data']> = {},
  actor: Actor = actors.inspectorA,
  meta: Partial<CommandMetadata> = {},
): RecordProductionSignal => ({
  type: 'RecordProductionSignal',
  data: { ...SIGNAL, ...data },
  metadata: { now: NOW, actor, ...meta },
});

export const recorded: ProductionSignalEvent = {
  type: 'ProductionSignalRecorded',
  data: {
    ...SIGNAL,
    recordedBy: { id: actors.inspectorA.id, name: actors.inspectorA.name, role: actors.inspectorA.role },
    recordedAt: NOW,
  },
};
