import { SiteType } from '../shared/reference';
import { RiskGrade } from '../reference/risk-grading';
import { MinePrincipal, MineResponsiblePerson, MineSuspensionScope } from './mine.commands';
import { MineEvent } from './mine.events';

/** Only what decisions need: previous values for grade and person changes, the order a resumption lifts. */
interface MineRecord {
  mineId: string;
  siteType: SiteType;
  jurisdiction: string;
  riskGrade: RiskGrade | null;
  principal: MinePrincipal;
  responsiblePersons: readonly MineResponsiblePerson[];
}

export interface MineSuspension {
  orderNo: string;
  scope: MineSuspensionScope;
}

export type Mine =
  | { status: 'Unregistered' }
  | ({ status: 'Producing' } & MineRecord)
  | ({ status: 'Suspended'; suspension: MineSuspension } & MineRecord)
  | ({ status: 'Closed' } & MineRecord);

export type MineStatus = Mine['status'];
export type RegisteredMine = Exclude<Mine, { status: 'Unregistered' }>;

export const initialMineState = (): Mine => ({ status: 'Unregistered' });

const recordOf = ({ mineId, siteType, jurisdiction, riskGrade, principal, responsiblePersons }: RegisteredMine) => ({
  mineId,
  siteType,
  jurisdiction,
  riskGrade,
  principal,
  responsiblePersons,
});

// Never throws: an event that does not fit the current state leaves it unchanged, so old streams always replay.
export const evolveMine = (state: Mine, event: MineEvent): Mine => {
  if (event.type === 'MineRegistered') {
    if (state.status !== 'Unregistered') return state;
    const { mineId, siteType, jurisdiction, principal, responsiblePersons } = event.data;
    return { status: 'Producing', mineId, siteType, jurisdiction, riskGrade: null, principal, responsiblePersons };
  }
  if (state.status === 'Unregistered') return state;
  switch (event.type) {
    case 'MineRiskGradeChanged':
      return { ...state, riskGrade: event.data.next };
    case 'MineResponsiblePersonsChanged':
      return { ...state, ...event.data.next };
    case 'MineProductionSuspended':
      return state.status === 'Closed'
        ? state
        : {
            ...recordOf(state),
            status: 'Suspended',
            suspension: { orderNo: event.data.orderNo, scope: event.data.scope },
          };
    case 'MineProductionResumed':
      return state.status === 'Suspended' ? { ...recordOf(state), status: 'Producing' } : state;
    case 'MineClosed':
      return { ...recordOf(state), status: 'Closed' };
    default:
      return state;
  }
};
