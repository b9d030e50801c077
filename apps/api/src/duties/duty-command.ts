import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import { Request, Response } from 'express';
import { AccessRule, Actor, Command, Decider, DomainEvent } from '@hazard-ledger/domain';
import { CLOCK, Clock } from '../shared/clock';
import { CommandAccepted, CommandBody, CommandGateway } from '../shared/command-gateway';
import { etagOf } from '../shared/etag';
import { MineDirectory } from '../shared/mine-directory';

export interface DutyCommand<C extends Command, S> {
  id: string;
  streamId: string;
  decider: Decider<C, DomainEvent, S>;
  access: AccessRule;
  command: CommandBody<C>;
  /** The mine the record is about: given for a record the command creates, else read from the loaded state. */
  mineOf: (state: S) => string | undefined;
  /** How a missing record is named in the 404 (zh / en). */
  record: [string, string];
}

/**
 * The write path of issue 14's records: the same gateway as every slice (load, scope from the mine, authorise,
 * decide, append at the loaded revision; Idempotency-Key and If-Match honoured), the ETag set from the new revision.
 */
@Injectable()
export class DutyCommands {
  constructor(
    private readonly gateway: CommandGateway,
    private readonly mines: MineDirectory,
    @Inject(CLOCK) readonly clock: Clock,
  ) {}

  async run<C extends Command, S>(
    c: DutyCommand<C, S>,
    actor: Actor,
    request: Request,
    response: Response,
  ): Promise<CommandAccepted> {
    const result = await this.gateway.execute({
      ...{ id: c.id, streamId: c.streamId, decider: c.decider, access: c.access, command: c.command },
      actor,
      request,
      scope: (state: S) => {
        const mineId = c.mineOf(state);
        if (!mineId)
          throw new NotFoundException(`${c.record[0]} ${c.id} 不存在 / ${c.record[1]} ${c.id} does not exist`);
        return this.mines.scopeOf(mineId);
      },
    });
    response.setHeader('ETag', etagOf(BigInt(result.revision)));
    return result;
  }
}

/** The mine of a record state that has one (`status` other than the initial one), else undefined. */
export const mineOfRecord = (state: { mineId?: string | null; status?: string }): string | undefined =>
  state.mineId ?? undefined;
