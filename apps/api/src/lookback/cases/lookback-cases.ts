import { ForbiddenException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { Request } from 'express';
import { DataSource } from 'typeorm';
import { assertMayWriteDomainEvents } from '@hazard-ledger/auth';
import {
  Actor,
  LookbackCase,
  LookbackCaseCommand,
  formatPosition,
  lookbackCaseCommandAccess,
  lookbackCaseDecider,
  streams,
} from '@hazard-ledger/domain';
import {
  EVENT_STORE,
  EventStore,
  canonicalJson,
  decideAndAppend,
  digest,
  loadStream,
} from '@hazard-ledger/event-store';
import { CommandAccepted } from '../../shared/command-gateway';
import { commandEnvelopeOf } from '../../shared/command-envelope';
import { CLOCK, Clock } from '../../shared/clock';

type Body<C extends LookbackCaseCommand> = Omit<C, 'metadata'>;

/** SM3 over the answer's canonical JSON (JCS): the digest a case's events carry and its frozen bytes are kept under. */
export const answerBytes = (answer: unknown): { body: string; answerDigest: string } => {
  const body = canonicalJson(answer);
  return { body, answerDigest: digest('sm3', body) };
};

/**
 * The write path of 倒查 cases. Not the CommandGateway: that one scopes every write to a mine or jurisdiction, and a
 * case is neither — investigators (scope none) act on any case, by role alone (lookbackCaseCommandAccess).
 */
@Injectable()
export class LookbackCases {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly dataSource: DataSource,
  ) {}

  async execute<C extends LookbackCaseCommand>(
    body: Body<C>,
    actor: Actor,
    request: Request,
  ): Promise<CommandAccepted> {
    assertMayWriteDomainEvents(actor);
    if (!lookbackCaseCommandAccess[body.type].roles.includes(actor.role))
      throw new ForbiddenException(
        `角色 ${actor.role} 无权执行 ${body.type} / Role ${actor.role} may not ${body.type}`,
      );
    const caseId = body.data.caseId;
    const loaded = await loadStream(this.store, streams.lookbackCase(caseId), lookbackCaseDecider);
    const command = { ...body, metadata: { now: this.clock.now(), actor } } as LookbackCaseCommand;
    const result = await decideAndAppend(this.store, loaded, lookbackCaseDecider, command, commandEnvelopeOf(request));
    return {
      id: caseId,
      revision: result.revision.toString(),
      position: result.position.toString(),
      logPosition: formatPosition(result.logPosition),
    };
  }

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

  /** The frozen bytes, checked against their digest before they are served. */
  async frozen(caseId: string, answerDigest: string): Promise<string> {
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
