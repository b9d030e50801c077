import { DomainEvent } from '../shared/command';
import { ESignature } from '../shared/signature';
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
    /** The 停产整顿指令 (absent in events written before orders cited documents). */
    orderDocumentId?: string;
    /** The hazards the order names: the hazard side shows the suspension from here (ADR 20261207-one-fact-suspension). */
    hazardIds?: string[];
    scope: MineSuspensionScope;
    reason: string;
    orderedBy?: string;
    signature?: ESignature;
    suspendedAt: string;
    /** The partial order this full suspension widens, if any. */
    supersedes?: string;
  }
>;

export type MineProductionResumed = DomainEvent<
  'MineProductionResumed',
  {
    mineId: string;
    approvalNo: string;
    approvalDocumentId?: string;
    liftedOrderNo: string;
    /** The 销号 each hazard of the order was closed by. */
    signOffs?: { hazardId: string; decisionNo: string | null }[];
    approvedBy?: string;
    signature?: ESignature;
    resumedAt: string;
  }
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
