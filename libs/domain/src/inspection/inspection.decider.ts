import { Decider } from '../shared/decider';
import { InspectionCommand } from './inspection.commands';
import { decideInspection } from './inspection.decide';
import { InspectionEvent } from './inspection.events';
import { Inspection, evolveInspection, initialInspectionState } from './inspection.state';

export const inspectionDecider: Decider<InspectionCommand, InspectionEvent, Inspection> = {
  decide: decideInspection,
  evolve: evolveInspection,
  initialState: initialInspectionState,
};
