import { Command } from '@nestjs/cqrs';
import { Request } from 'express';
import { Actor } from '@hazard-ledger/domain';
import { CommandAccepted } from '../../shared/command-gateway';

/** A command on an existing permit: its id from the path, the validated body, who asks and the request. */
export abstract class PermitCommand<Body> extends Command<CommandAccepted> {
  constructor(
    readonly permitId: string,
    readonly body: Body,
    readonly actor: Actor,
    readonly request: Request,
  ) {
    super();
  }
}
