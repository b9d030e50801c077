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
  referenceContextAt,
} from '@hazard-ledger/domain';
import { EVENT_STORE, EventStore, handleCommand } from '@hazard-ledger/event-store';
import { commandEnvelopeOf } from './command-envelope';
import { CLOCK, Clock } from './clock';

export interface CommandAccepted {
  id: string;
  revision: string;
  position: string;
  /** "commit/prepare": pass as ?minPosition= to read this write back from the ledgers (read-your-writes). */
  logPosition: string;
}

export interface GatewayCommand<C extends Command> {
  id: string;
  streamId: string;
  decider: Decider<C, DomainEvent, unknown>;
  access: AccessRule;
  command: Omit<C, 'metadata'>;
  actor: Actor;
  target: ScopeTarget;
  request: Request;
  occurredAt?: string;
  reason?: string;
  /** The revision a signature was given on: without If-Match, the decision must land exactly there. */
  expectedRevision?: bigint;
}

/** Administrators write nothing; then the role must be in the command's access rule and the target in scope. */
export const authorise = (actor: Actor, access: AccessRule, commandType: string, target: ScopeTarget): void => {
  assertMayWriteDomainEvents(actor);
  if (!access.roles.includes(actor.role))
    throw new ForbiddenException(
      `角色 ${actor.role} 无权执行 ${commandType} / Role ${actor.role} may not ${commandType}`,
    );
  assertInScope(actor, target);
};

/**
 * The one write path behind every command endpoint: role, scope, clock and reference data, then
 * handleCommand (fold → decide → append at the decided revision). Refusals happen before anything is written.
 */
@Injectable()
export class CommandGateway {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute<C extends Command>(c: GatewayCommand<C>): Promise<CommandAccepted> {
    authorise(c.actor, c.access, c.command.type, c.target);
    const now = this.clock.now();
    const reference = referenceContextAt(now);
    const command = { ...c.command, metadata: { now, actor: c.actor, reference } } as unknown as C;
    const envelope = commandEnvelopeOf(c.request, {
      reason: c.reason,
      occurredAt: c.occurredAt,
      referenceVersion: `${reference.catalogue.version}|${reference.policy.version}`,
    });
    const result = await handleCommand(this.store, c.streamId, c.decider, command, {
      ...envelope,
      expectedRevision: envelope.expectedRevision ?? c.expectedRevision,
    });
    return {
      id: c.id,
      revision: result.revision.toString(),
      position: result.position.toString(),
      logPosition: formatPosition(result.logPosition),
    };
  }
}
