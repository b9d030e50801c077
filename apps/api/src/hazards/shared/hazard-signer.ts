import { Injectable } from '@nestjs/common';
import { ESignatureService, ScopeTarget, SignatureMeaning } from '@hazard-ledger/auth';
import { Actor, ESignature, HazardCommandType, hazardCommandAccess } from '@hazard-ledger/domain';
import { authorise } from '../../shared/command-gateway';

/** The meaning each signed command attests: fixed per command, never chosen by the client. */
export const SIGNED_COMMANDS = {
  DetermineMajorHazard: 'major_hazard_determined',
  SubmitDualReport: 'report_signed',
  RequestSignOff: 'sign_off_requested',
  SignSiteReview: 'site_review_confirmed',
  SignOffHazard: 'sign_off_issued',
  RectifyOnSpot: 'rectified_on_spot',
} as const satisfies Partial<Record<HazardCommandType, SignatureMeaning>>;

export type SignedCommandType = keyof typeof SIGNED_COMMANDS;

export interface SignatureRequest {
  type: SignedCommandType;
  actor: Actor;
  password: string;
}

interface OnHazard {
  id: string;
  target: ScopeTarget;
  /** The revision the hazard had when the request was located: the state the signer approves. */
  revision: bigint;
}

/**
 * Re-authenticates the signer and returns the ESignature a signed command carries. Runs before the gateway so a
 * wrong password (401) writes nothing; checks role and scope first, as the gateway will, so that nobody who may not
 * act is ever asked to prove their password.
 */
@Injectable()
export class HazardSigner {
  constructor(private readonly signatures: ESignatureService) {}

  /** The signer approves this decision on the record as they saw it: command, hazard, data and current revision. */
  async signDecision(
    on: OnHazard,
    request: SignatureRequest & { data: object },
  ): Promise<{ signature: ESignature; expectedRevision: bigint }> {
    this.assertMayIssue(on, request);
    const content = { command: request.type, hazardId: on.id, data: request.data, revision: String(on.revision) };
    return { signature: await this.sign(request, content), expectedRevision: on.revision };
  }

  /** Signs a document the decision knows by its hash (a report): the signature's content hash is that hash. */
  async signDocument(on: OnHazard, request: SignatureRequest & { document: object }): Promise<ESignature> {
    this.assertMayIssue(on, request);
    return this.sign(request, request.document);
  }

  private sign({ type, actor, password }: SignatureRequest, content: object): Promise<ESignature> {
    return this.signatures.sign({ actor, password, meaning: SIGNED_COMMANDS[type], content });
  }

  private assertMayIssue(on: OnHazard, { type, actor }: SignatureRequest): void {
    authorise(actor, hazardCommandAccess[type], type, on.target);
  }
}
