import { ForbiddenException, Inject, Injectable } from '@nestjs/common';
import { Request } from 'express';
import { assertMayWriteDomainEvents } from '@hazard-ledger/auth';
import {
  Actor,
  DomainEvent,
  Decider,
  Command,
  RevealTipIdentity,
  ShredTipIdentity,
  Tip,
  formatPosition,
  tipCommandAccess,
  tipDecider,
} from '@hazard-ledger/domain';
import { EVENT_STORE, EventStore, decideAndAppend, loadStream } from '@hazard-ledger/event-store';
import { commandEnvelopeOf } from '../../shared/command-envelope';
import { CLOCK, Clock } from '../../shared/clock';
import { CommandAccepted } from '../../shared/command-gateway';
import { streams } from '@hazard-ledger/domain';
import { tipScope } from './existing-tip';

type CustodianCommand = Omit<RevealTipIdentity, 'metadata'> | Omit<ShredTipIdentity, 'metadata'>;

/**
 * The write path of the custodian's two commands. Same steps as the CommandGateway (load, authorise, decide, append
 * at the loaded revision) except scope: the custodian (三专: one dedicated person) holds no mine or jurisdiction, so
 * the role alone authorises, and nobody else's role ever does.
 */
@Injectable()
export class CustodianGateway {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(
    tipId: string,
    body: CustodianCommand,
    actor: Actor,
    request: Request,
  ): Promise<{ accepted: CommandAccepted; tip: Tip }> {
    assertMayWriteDomainEvents(actor);
    if (!tipCommandAccess[body.type].roles.includes(actor.role))
      throw new ForbiddenException(`仅身份保管员可执行 ${body.type} / Only the identity custodian may ${body.type}`);
    const decider = tipDecider as unknown as Decider<Command, DomainEvent, Tip>;
    const loaded = await loadStream(this.store, streams.tip(tipId), decider);
    tipScope(tipId)(loaded.state);
    const command = { ...body, metadata: { now: this.clock.now(), actor } } as Command;
    const env = commandEnvelopeOf(request, { reason: body.data.reason });
    const result = await decideAndAppend(this.store, loaded, decider, command, env);
    const accepted = {
      id: tipId,
      revision: result.revision.toString(),
      position: result.position.toString(),
      logPosition: formatPosition(result.logPosition),
    };
    return { accepted, tip: loaded.state };
  }
}
