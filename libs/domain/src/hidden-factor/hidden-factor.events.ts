import { DomainEvent } from '../shared/command';
import { DiscoveryMethod, FactorSize, HiddenFactorKind, TreatmentStage } from './hidden-factor.commands';

type On<Data> = { factorId: string } & Data;
type By = { by: string; at: string };

export type HiddenFactorRecorded = DomainEvent<
  'HiddenFactorRecorded',
  On<
    {
      mineId: string;
      kind: HiddenFactorKind;
      location: string;
      size: FactorSize;
      method: DiscoveryMethod;
      mapRef: string;
      foundOn: string;
    } & By
  >
>;

export type HiddenFactorCrossValidated = DomainEvent<
  'HiddenFactorCrossValidated',
  On<{ method: DiscoveryMethod; confirmed: boolean; note: string } & By>
>;

export type HiddenFactorTreatmentRecorded = DomainEvent<
  'HiddenFactorTreatmentRecorded',
  On<{ stage: TreatmentStage; measures: string } & By>
>;

export type HiddenFactorTreatmentVerified = DomainEvent<'HiddenFactorTreatmentVerified', On<{ note: string } & By>>;

export type HiddenFactorEvent =
  | HiddenFactorRecorded
  | HiddenFactorCrossValidated
  | HiddenFactorTreatmentRecorded
  | HiddenFactorTreatmentVerified;
