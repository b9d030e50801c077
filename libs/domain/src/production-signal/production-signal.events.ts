import { DomainEvent } from '../shared/command';
import { SignalPeriod, SignalSource } from './production-signal.commands';

export interface SignalRecorder {
  id: string;
  name: string;
  role: string;
}

/** One observation of a mine producing (or not); absent optional fields are null so every event has every key. */
export type ProductionSignalRecorded = DomainEvent<
  'ProductionSignalRecorded',
  {
    signalId: string;
    mineId: string;
    source: SignalSource;
    producing: boolean;
    observedAt: string;
    period: SignalPeriod | null;
    value: number | null;
    unit: string | null;
    reference: string | null;
    note: string | null;
    recordedBy: SignalRecorder;
    recordedAt: string;
  }
>;

export type ProductionSignalEvent = ProductionSignalRecorded;
export type ProductionSignalEventType = ProductionSignalEvent['type'];
