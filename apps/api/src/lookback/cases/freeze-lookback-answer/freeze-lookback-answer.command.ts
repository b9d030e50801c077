import { Command } from '@nestjs/cqrs';
import { Request } from 'express';
import { Actor } from '@hazard-ledger/domain';
import { CommandAccepted } from '../../../shared/command-gateway';
import { LookbackAnswer } from '../../lookback-reader';

/** An answer just computed inside the case, to be kept byte for byte under its digest and frozen into the case. */
export class FreezeLookbackAnswerCommand extends Command<CommandAccepted> {
  constructor(
    readonly caseId: string,
    readonly answer: LookbackAnswer,
    readonly actor: Actor,
    readonly request: Request,
  ) {
    super();
  }
}
