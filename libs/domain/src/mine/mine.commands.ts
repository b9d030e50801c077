import { Command } from '../shared/command';
import { SiteType } from '../shared/reference';
import { RiskGrade } from '../reference/risk-grading';

/** 矿长, 总工程师 and the 分管副矿长 named by 判定标准 UG-32 (domain.md §3.1 [P]), plus a free title for others. */
export const MINE_RESPONSIBLE_ROLES = [
  'mine_manager',
  'chief_engineer',
  'deputy_manager_safety',
  'deputy_manager_production',
  'deputy_manager_electromechanical',
  'safety_department_head',
  'other',
] as const;
export type MineResponsibleRole = (typeof MINE_RESPONSIBLE_ROLES)[number];

export interface MineResponsiblePerson {
  role: MineResponsibleRole;
  name: string;
  /** Required for role 'other', e.g. "尾矿库库长". */
  title?: string;
}

/** 主要负责人 (incl. the 实际控制人, glossary). */
export interface MinePrincipal {
  name: string;
  phone?: string;
}

export interface MineEnterprise {
  name: string;
  /** 统一社会信用代码 (GB 32100-2015), 18 characters. */
  creditCode: string;
}

export interface MineResponsibility {
  principal: MinePrincipal;
  responsiblePersons: MineResponsiblePerson[];
}

export type MineSuspensionScope = { extent: 'full' } | { extent: 'partial'; area: string };

export type RegisterMine = Command<
  'RegisterMine',
  {
    mineId: string;
    name: string;
    siteType: SiteType;
    /** Administrative division code (GB/T 2260), e.g. "140404" 上党区. */
    jurisdiction: string;
    enterprise: MineEnterprise;
  } & MineResponsibility
>;

export type ChangeMineRiskGrade = Command<
  'ChangeMineRiskGrade',
  { mineId: string; grade: RiskGrade; reason: string; gradingVersion: string }
>;

export type ChangeMineResponsiblePersons = Command<
  'ChangeMineResponsiblePersons',
  { mineId: string; reason: string } & MineResponsibility
>;

/** 停产整顿 ordered by a regulator's document (停产指令 / 现场处理措施决定书). */
export type SuspendMineProduction = Command<
  'SuspendMineProduction',
  { mineId: string; orderNo: string; scope: MineSuspensionScope; reason: string }
>;

/** 复产: only after the regulator reviewed and agreed (16号令 Art. 18). */
export type ResumeMineProduction = Command<'ResumeMineProduction', { mineId: string; approvalNo: string }>;

export type CloseMine = Command<'CloseMine', { mineId: string; decisionNo: string; reason: string }>;

export type MineCommand =
  | RegisterMine
  | ChangeMineRiskGrade
  | ChangeMineResponsiblePersons
  | SuspendMineProduction
  | ResumeMineProduction
  | CloseMine;

export type MineCommandType = MineCommand['type'];
