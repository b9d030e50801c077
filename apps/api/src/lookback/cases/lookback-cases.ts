import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { LookbackCase, lookbackCaseDecider, streams } from '@hazard-ledger/domain';
import { EVENT_STORE, EventStore, canonicalJson, digest, loadStream } from '@hazard-ledger/event-store';

/** SM3 over the answer's canonical JSON (JCS): the digest a case's events carry and its frozen bytes are kept under. */
export const answerBytes = (answer: unknown): { body: string; answerDigest: string } => {
  const body = canonicalJson(answer);
  return { body, answerDigest: digest('sm3', body) };
};

/**
 * A case's stream folded for reads, and its frozen answers' bytes (table lookback_frozen_answers, content-addressed
 * by SM3). The case's commands go through the CommandBus and the one CommandGateway (the use-case folders here).
 */
@Injectable()
export class LookbackCases {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly dataSource: DataSource,
  ) {}

  /** The case as its stream folds now; 404 when no case was opened under this id. */
  async load(caseId: string): Promise<LookbackCase> {
    const { state } = await loadStream(this.store, streams.lookbackCase(caseId), lookbackCaseDecider);
    if (state.status === 'none') throw new NotFoundException(`倒查案件 ${caseId} 不存在 / No look-back case ${caseId}`);
    return state;
  }

  /** Keeps the bytes under their digest (idempotent: the same answer twice is one row). */
  async keep(caseId: string, body: string, answerDigest: string): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO lookback_frozen_answers (digest, case_id, body) VALUES ($1, $2, $3) ON CONFLICT (digest) DO NOTHING`,
      [answerDigest, caseId, body],
    );
  }

  /**
   * The frozen bytes, checked against their digest before they are served. Only a digest the case's stream says was
   * frozen: bytes kept for a freeze the decider then refused (a closed case) are never served as the case's.
   */
  async frozen(caseId: string, answerDigest: string): Promise<string> {
    if (!(await this.load(caseId)).frozen.includes(answerDigest))
      throw new NotFoundException(`没有该冻结结果 / No frozen answer ${answerDigest} in case ${caseId}`);
    const [row]: { body: string }[] = await this.dataSource.query(
      `SELECT body FROM lookback_frozen_answers WHERE digest = $1 AND case_id = $2`,
      [answerDigest, caseId],
    );
    if (!row) throw new NotFoundException(`没有该冻结结果 / No frozen answer ${answerDigest} in case ${caseId}`);
    if (digest('sm3', row.body) !== answerDigest)
      throw new Error(`冻结结果摘要不符 / Frozen answer ${answerDigest} does not match its digest`);
    return row.body;
  }
}
