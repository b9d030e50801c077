import { Command } from '../shared/command';

/**
 * Where the sign of production comes from: 监测监控 (monitoring), 用电 (power), 人员定位 (personnel positioning),
 * 产量 (output), 现场检查 (seen on site), other.
 */
export const SIGNAL_SOURCES = [
  'monitoring',
  'power',
  'personnel_positioning',
  'output',
  'site_observation',
  'other',
] as const;
export type SignalSource = (typeof SIGNAL_SOURCES)[number];

export interface SignalPeriod {
  from: string;
  to: string;
}

/** A regulator records what a data source (or their own eyes) showed about a mine producing, at a valid time. */
export type RecordProductionSignal = Command<
  'RecordProductionSignal',
  {
    signalId: string;
    mineId: string;
    source: SignalSource;
    /** true: the data show the mine producing (or working) then; false: they show it stopped. */
    producing: boolean;
    /** Valid time: when the observation holds (never after the recording). */
    observedAt: string;
    /** The span the reading covers (e.g. a day's power use); observedAt lies inside it. */
    period?: SignalPeriod;
    value?: number;
    unit?: string;
    /** System or document number the reading can be found under (e.g. 监测系统报表号). */
    reference?: string;
    note?: string;
  }
>;

export type ProductionSignalCommand = RecordProductionSignal;
export type ProductionSignalCommandType = ProductionSignalCommand['type'];
