import { Command } from '../shared/command';
import { ESignature } from '../shared/signature';
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

/** An enforcement document (执法文书) as the handler found it through the documents port; null when none exists. */
export interface CitedDocument {
  documentId: string;
  /** 'suspension_order' (停产整顿指令), 'resumption_approval' (复产批准), ... */
  kind: string;
  docNo: string;
  mineId: string;
  hazardIds: readonly string[];
  /** Signed and not revoked. */
  inForce: boolean;
}

/** A hazard an order names, as its own stream says at the decision (write side); mineId null: no such hazard. */
export interface NamedHazardFacts {
  hazardId: string;
  mineId: string | null;
  /** 销号: signed off (HazardSignedOff), whether or not closed since. */
  signedOff: boolean;
  signOffDecisionNo?: string;
}

/** 停产整顿 ordered by a signed regulator's document (停产整顿指令) naming the hazards it is for. */
export type SuspendMineProduction = Command<
  'SuspendMineProduction',
  {
    mineId: string;
    documentId: string;
    order: CitedDocument | null;
    /** One per hazard the order names. */
    hazards: readonly NamedHazardFacts[];
    scope: MineSuspensionScope;
    reason: string;
    signature?: ESignature;
  }
>;

/** 复产: only on a signed 复产批准 once every hazard the order named is signed off (16号令 Art. 18, 23). */
export type ResumeMineProduction = Command<
  'ResumeMineProduction',
  {
    mineId: string;
    documentId: string;
    approval: CitedDocument | null;
    /** One per hazard the order in force names. */
    hazards: readonly NamedHazardFacts[];
    signature?: ESignature;
  }
>;

export type CloseMine = Command<'CloseMine', { mineId: string; decisionNo: string; reason: string }>;

export type MineCommand =
  | RegisterMine
  | ChangeMineRiskGrade
  | ChangeMineResponsiblePersons
  | SuspendMineProduction
  | ResumeMineProduction
  | CloseMine;

export type MineCommandType = MineCommand['type'];
