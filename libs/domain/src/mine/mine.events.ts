import { DomainEvent } from '../shared/command';
import { SiteType } from '../shared/reference';
import { RiskGrade } from '../reference/risk-grading';
import { MineEnterprise, MineResponsibility, MineSuspensionScope } from './mine.commands';

export type MineRegistered = DomainEvent<
  'MineRegistered',
  {
    mineId: string;
    name: string;
    siteType: SiteType;
    jurisdiction: string;
    enterprise: MineEnterprise;
    registeredAt: string;
  } & MineResponsibility
>;

export type MineRiskGradeChanged = DomainEvent<
  'MineRiskGradeChanged',
  {
    mineId: string;
    /** null for the first grading after registration. */
    previous: RiskGrade | null;
    next: RiskGrade;
    reason: string;
    gradingVersion: string;
    changedAt: string;
  }
>;

export type MineResponsiblePersonsChanged = DomainEvent<
  'MineResponsiblePersonsChanged',
  { mineId: string; previous: MineResponsibility; next: MineResponsibility; reason: string; changedAt: string }
>;

export type MineProductionSuspended = DomainEvent<
  'MineProductionSuspended',
  {
    mineId: string;
    orderNo: string;
    scope: MineSuspensionScope;
    reason: string;
    suspendedAt: string;
    /** The partial order this full suspension widens, if any. */
    supersedes?: string;
  }
>;

export type MineProductionResumed = DomainEvent<
  'MineProductionResumed',
  { mineId: string; approvalNo: string; liftedOrderNo: string; resumedAt: string }
>;

export type MineClosed = DomainEvent<
  'MineClosed',
  { mineId: string; decisionNo: string; reason: string; closedAt: string }
>;

export type MineEvent =
  | MineRegistered
  | MineRiskGradeChanged
  | MineResponsiblePersonsChanged
  | MineProductionSuspended
  | MineProductionResumed
  | MineClosed;

export type MineEventType = MineEvent['type'];
