import { Injectable, NotFoundException } from '@nestjs/common';
import { Request } from 'express';
import { AccessRule, Actor, Command, Decider, DomainEvent } from '@hazard-ledger/domain';
import { CommandAccepted, CommandBody, CommandGateway, SignedCommand } from '../../shared/command-gateway';
import { MineDirectory } from '../../shared/mine-directory';

export interface DutyCommand<C extends Command, S> {
  id: string;
  streamId: string;
  decider: Decider<C, DomainEvent, S>;
  access: AccessRule;
  /** Signed (built on the loaded record) when the decision needs facts read only after authorisation. */
  command: CommandBody<C> | SignedCommand<C>;
  /** The mine the record is about: given for a record the command creates, else read from the loaded state. */
  mineOf: (state: S) => string | undefined;
  /** How a missing record is named in the 404 (zh / en). */
  record: [string, string];
}

/**
 * The write path the issue-14 handlers share: the same gateway as every slice (load, scope from the record's mine,
 * authorise, decide, append at the loaded revision; Idempotency-Key and If-Match honoured). A record without a mine
 * was never created: 404.
 */
@Injectable()
export class DutyCommands {
  constructor(
    private readonly gateway: CommandGateway,
    private readonly mines: MineDirectory,
  ) {}

  run<C extends Command, S>(c: DutyCommand<C, S>, actor: Actor, request: Request): Promise<CommandAccepted> {
    const { id, streamId, decider, access, command } = c;
    return this.gateway.execute({
      ...{ id, streamId, decider, access, command },
      actor,
      request,
      scope: (state: S) => {
        const mineId = c.mineOf(state);
        if (!mineId)
          throw new NotFoundException(`${c.record[0]} ${c.id} 不存在 / ${c.record[1]} ${c.id} does not exist`);
        return this.mines.scopeOf(mineId);
      },
    });
  }
}
