import { SiteType } from '../shared/reference';
import { RiskGrade } from '../reference/risk-grading';
import { MinePrincipal, MineResponsiblePerson, MineSuspensionScope } from './mine.commands';
import { MineEvent, MineProductionSuspended } from './mine.events';

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
  orderDocumentId?: string;
  /** Every hazard named by the order(s) in force: each needs its 销号 before 复产. */
  hazardIds: readonly string[];
  scope: MineSuspensionScope;
  since: string;
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

// A widening order keeps the hazards of the order it supersedes: none of them is signed off by being widened.
const suspended = (state: RegisteredMine, data: MineProductionSuspended['data']): Mine => {
  const earlier = state.status === 'Suspended' ? state.suspension.hazardIds : [];
  const { orderNo, orderDocumentId, scope, suspendedAt } = data;
  const hazardIds = [...new Set([...earlier, ...(data.hazardIds ?? [])])];
  const since = state.status === 'Suspended' ? state.suspension.since : suspendedAt;
  return { ...recordOf(state), status: 'Suspended', suspension: { orderNo, orderDocumentId, hazardIds, scope, since } };
};

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
      return state.status === 'Closed' ? state : suspended(state, event.data);
    case 'MineProductionResumed':
      return state.status === 'Suspended' ? { ...recordOf(state), status: 'Producing' } : state;
    case 'MineClosed':
      return { ...recordOf(state), status: 'Closed' };
    default:
      return state;
  }
};
