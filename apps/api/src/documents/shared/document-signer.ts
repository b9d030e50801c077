import { Injectable } from '@nestjs/common';
import { ESignatureService } from '@hazard-ledger/auth';
import { Actor, ESignature } from '@hazard-ledger/domain';
import { LoadedRecord } from '../../shared/command-gateway';

/**
 * Re-authenticates the signer of a 执法文书 (re-entered password, as HazardSigner does). The signature covers the
 * document at the loaded revision, and the decision is pinned to that revision, so the signed version is the one
 * the signer saw.
 */
@Injectable()
export class DocumentSigner {
  constructor(private readonly signatures: ESignatureService) {}

  async sign(
    on: LoadedRecord,
    actor: Actor,
    password: string,
  ): Promise<{ signature: ESignature; expectedRevision?: bigint }> {
    const content = { command: 'SignDocument', documentId: on.id, revision: String(on.revision) };
    const signature = await this.signatures.sign({ actor, password, meaning: 'enforcement_document_signed', content });
    return { signature, expectedRevision: on.revision };
  }
}
