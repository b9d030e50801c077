import { Params, isoSql } from '@hazard-ledger/projection-engine';
import { Db } from '../hazard-record/board-query';
import { RegisterQuery, pagedRegister, registerConditions } from '../document-register/register-query';

export interface PenaltyRegisterQuery extends RegisterQuery {
  belowMinimum?: boolean;
  noIndividualTarget?: boolean;
  fullyPaid?: boolean;
}

const SELECT = `penalty_id AS "penaltyId", mine_id AS "mineId", mine_name AS "mineName", jurisdiction,
  document_id AS "documentId", doc_no AS "docNo", hazard_ids AS "hazardIds", decided_by AS "decidedBy",
  ${isoSql('decided_at')} AS "decidedAt", policy_version AS "policyVersion", targets,
  total_yuan::float8 AS "totalYuan", paid_yuan::float8 AS "paidYuan", below_minimum AS "belowMinimum",
  no_individual_target AS "noIndividualTarget", fully_paid AS "fullyPaid",
  enforcement_requested AS "enforcementRequested"`;

const flag = (conditions: string[], column: string, value: boolean | undefined) => {
  if (value !== undefined) conditions.push(`${value ? '' : 'NOT '}${column}`);
};

/** 行政处罚台账, oldest decision first. */
export const queryPenaltyRegister = (db: Db, q: PenaltyRegisterQuery) => {
  const p = new Params();
  const { table, conditions } = registerConditions(q, p, 'penalty_register');
  flag(conditions, 'below_minimum', q.belowMinimum);
  flag(conditions, 'no_individual_target', q.noIndividualTarget);
  flag(conditions, 'fully_paid', q.fullyPaid);
  return pagedRegister<Record<string, unknown>>(db, q, p, {
    select: SELECT,
    table,
    conditions,
    sort: 'decided_at',
    key: 'penalty_id',
    keyAs: 'penaltyId',
  });
};
