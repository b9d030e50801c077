import { Injectable } from '@nestjs/common';
import { ESignatureService, SignatureMeaning } from '@hazard-ledger/auth';
import { Actor, ESignature, MineCommandType } from '@hazard-ledger/domain';
import { LoadedRecord } from '../../shared/command-gateway';

/** The meaning each signed mine command attests: fixed per command, never chosen by the client. */
export const SIGNED_MINE_COMMANDS = {
  SuspendMineProduction: 'suspension_ordered',
  ResumeMineProduction: 'resumption_approved',
} as const satisfies Partial<Record<MineCommandType, SignatureMeaning>>;

export type SignedMineCommandType = keyof typeof SIGNED_MINE_COMMANDS;

/**
 * Re-authenticates the regulator who orders or approves (谁签发、谁负责). Called by the gateway after the mine
 * is loaded and the actor authorised, before anything is written: a wrong password (401) writes nothing.
 */
@Injectable()
export class MineSigner {
  constructor(private readonly signatures: ESignatureService) {}

  /** The signer approves this act on the mine as loaded: command, mine, the documents and hazard facts, revision. */
  async signDecision(
    on: LoadedRecord,
    request: { type: SignedMineCommandType; actor: Actor; password: string; data: object },
  ): Promise<{ signature: ESignature; expectedRevision: bigint | undefined }> {
    const { type, actor, password, data } = request;
    const content = { command: type, mineId: on.id, data, revision: String(on.revision) };
    const signature = await this.signatures.sign({ actor, password, meaning: SIGNED_MINE_COMMANDS[type], content });
    return { signature, expectedRevision: on.revision };
  }
}
