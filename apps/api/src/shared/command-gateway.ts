import { ForbiddenException, Inject, Injectable } from '@nestjs/common';
import { Request } from 'express';
import { ScopeTarget, assertInScope, assertMayWriteDomainEvents } from '@hazard-ledger/auth';
import {
  AccessRule,
  Actor,
  Command,
  Decider,
  DomainEvent,
  formatPosition,
  isNextLevelUp,
  referenceContextAt,
} from '@hazard-ledger/domain';
import {
  CommandEnvelope,
  CommandResult,
  EVENT_STORE,
  EventStore,
  decideAndAppend,
  isLostRace,
  loadStream,
} from '@hazard-ledger/event-store';
import { commandEnvelopeOf } from './command-envelope';
import { CLOCK, Clock } from './clock';
import { EvidenceOnFile } from './evidence-on-file';

export interface CommandAccepted {
  id: string;
  revision: string;
  position: string;
  /** "commit/prepare": pass as ?minPosition= to read this write back from the ledgers (read-your-writes). */
  logPosition: string;
}

/** The record as loaded for this command: what a signer approves. */
export interface LoadedRecord {
  id: string;
  target: ScopeTarget;
  /** The stream's revision at the load; undefined for a record the command creates. */
  revision: bigint | undefined;
}

export type CommandBody<C extends Command> = Omit<C, 'metadata'>;

/**
 * Where a record held in no mine or jurisdiction acts (a 倒查 case): its command's roles alone authorise. Users whose
 * scope is none (investigators) act on it; the three administrators still write nothing.
 */
export const ROLE_ONLY = 'role_only' as const;
export type CommandTarget = ScopeTarget | typeof ROLE_ONLY;

/** A signed command is built on the loaded record; `expectedRevision` pins the decision to the signed revision. */
export interface SignedCommand<C extends Command> {
  type: C['type'];
  signedOn: (on: LoadedRecord) => Promise<{ command: CommandBody<C>; expectedRevision?: bigint }>;
}

export interface GatewayCommand<C extends Command, S = unknown> {
  id: string;
  streamId: string;
  decider: Decider<C, DomainEvent, S>;
  access: AccessRule;
  command: CommandBody<C> | SignedCommand<C>;
  actor: Actor;
  /** Where the command acts, from the state just loaded (it throws 404 for a record that does not exist). */
  scope: (state: S) => CommandTarget | Promise<CommandTarget>;
  request: Request;
  occurredAt?: string;
  reason?: string;
}

/** Administrators write nothing; then the role must be in the command's access rule and the target in scope. */
export const authorise = (actor: Actor, access: AccessRule, commandType: string, target: CommandTarget): void => {
  assertMayWriteDomainEvents(actor);
  if (!access.roles.includes(actor.role))
    throw new ForbiddenException(
      `角色 ${actor.role} 无权执行 ${commandType} / Role ${actor.role} may not ${commandType}`,
    );
  if (target === ROLE_ONLY) return;
  if (access.scope === 'next_level_up') {
    if (!isNextLevelUp(actor.jurisdictions, target.jurisdiction)) throw new ForbiddenException(NOT_NEXT_LEVEL_UP);
  } else assertInScope(actor, target);
};

// A signer approves a record of a mine or jurisdiction; no signed command acts on a role-only record.
const scoped = (target: CommandTarget, commandType: string): ScopeTarget => {
  if (target === ROLE_ONLY) throw new Error(`${commandType}: a signed command needs a mine or jurisdiction`);
  return target;
};

const NOT_NEXT_LEVEL_UP = '须由上一级机关办理 / Only the next level up may do this';

const isSigned = <C extends Command>(command: CommandBody<C> | SignedCommand<C>): command is SignedCommand<C> =>
  'signedOn' in command;

/**
 * The one write path behind every command endpoint: load the stream once from the event store (no read model),
 * derive the scope from it, authorise, sign if the command is signed, check its evidence files are held, decide,
 * append at exactly the loaded revision. Refusals happen before anything is written; a lost race loads, authorises and decides again.
 */
@Injectable()
export class CommandGateway {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly evidence: EvidenceOnFile,
  ) {}

  async execute<C extends Command, S>(c: GatewayCommand<C, S>, attempts = 3): Promise<CommandAccepted> {
    const loaded = await loadStream(this.store, c.streamId, c.decider as Decider<Command, DomainEvent, S>);
    const target = await c.scope(loaded.state);
    authorise(c.actor, c.access, c.command.type, target);
    const signed = isSigned(c.command)
      ? await c.command.signedOn({ id: c.id, target: scoped(target, c.command.type), revision: loaded.revision })
      : undefined;
    const { command, env } = this.stamped(
      c,
      signed?.command ?? (c.command as CommandBody<C>),
      signed?.expectedRevision,
    );
    await this.evidence.assertHeld(command.data);
    try {
      return this.accepted(c.id, await decideAndAppend(this.store, loaded, c.decider, command, env));
    } catch (error) {
      if (!isLostRace(error, env) || attempts <= 1) throw error;
      return this.execute(c, attempts - 1);
    }
  }

  /** The decision's metadata (clock, actor, reference data) and its envelope (request headers, reason, times). */
  private stamped<C extends Command, S>(c: GatewayCommand<C, S>, body: CommandBody<C>, signedRevision?: bigint) {
    const now = this.clock.now();
    const reference = referenceContextAt(now);
    const command = { ...body, metadata: { now, actor: c.actor, reference } } as unknown as C;
    const envelope = commandEnvelopeOf(c.request, {
      reason: c.reason,
      occurredAt: c.occurredAt,
      referenceVersion: `${reference.catalogue.version}|${reference.policy.version}`,
    });
    // The client's If-Match wins; else a signed command lands exactly on the revision that was signed.
    const env: CommandEnvelope = { ...envelope, expectedRevision: envelope.expectedRevision ?? signedRevision };
    return { command, env };
  }

  private accepted(id: string, result: CommandResult): CommandAccepted {
    return {
      id,
      revision: result.revision.toString(),
      position: result.position.toString(),
      logPosition: formatPosition(result.logPosition),
    };
  }
}
