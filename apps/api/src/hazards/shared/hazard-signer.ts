import { Injectable } from '@nestjs/common';
import { ESignatureService, SignatureMeaning } from '@hazard-ledger/auth';
import { Actor, Command, ESignature, HazardCommandType } from '@hazard-ledger/domain';
import { CommandBody, LoadedRecord, SignedCommand } from '../../shared/command-gateway';

/** The meaning each signed command attests: fixed per command, never chosen by the client. */
export const SIGNED_COMMANDS = {
  DetermineMajorHazard: 'major_hazard_determined',
  SubmitDualReport: 'report_signed',
  RequestSignOff: 'sign_off_requested',
  SignSiteReview: 'site_review_confirmed',
  SignOffHazard: 'sign_off_issued',
  RectifyOnSpot: 'rectified_on_spot',
  // The regulator's own acts (issue 13 item 7): 谁检查、谁签名、谁负责.
  DiscoverHazard: 'hazard_found_by_inspection',
  ReportRecurrence: 'hazard_found_by_inspection',
  ListForSupervision: 'supervision_listed',
  GrantExtension: 'extension_granted',
  EscalateHazard: 'hazard_escalated',
  VoidHazard: 'hazard_voided',
  ChangeHazardGrade: 'grade_downgraded',
  // A major hazard's void is its end without 销号: the second leader approves exactly that (ADR two-leader void).
  ApproveVoid: 'closure_approved',
} as const satisfies Partial<Record<HazardCommandType, SignatureMeaning>>;

export type SignedCommandType = keyof typeof SIGNED_COMMANDS;

export interface SignatureRequest {
  type: SignedCommandType;
  actor: Actor;
  password: string;
  /** Where one command signs two acts (a grade change: up is a determination, down a downgrade). */
  meaning?: SignatureMeaning;
}

/**
 * Re-authenticates the signer and returns the ESignature a signed command carries. The gateway calls it after the
 * record is loaded and the signer authorised (so nobody who may not act is asked to prove their password) and
 * before anything is written (so a wrong password, 401, writes nothing).
 */
@Injectable()
export class HazardSigner {
  constructor(private readonly signatures: ESignatureService) {}

  /** The signer approves this decision on the record as they saw it: command, hazard, data and current revision. */
  async signDecision(
    on: LoadedRecord,
    request: SignatureRequest & { data: object },
  ): Promise<{ signature: ESignature; expectedRevision: bigint | undefined }> {
    const content = { command: request.type, hazardId: on.id, data: request.data, revision: String(on.revision) };
    return { signature: await this.sign(request, content), expectedRevision: on.revision };
  }

  /** Signs a document the decision knows by its hash (a report): the signature's content hash is that hash. */
  async signDocument(request: SignatureRequest & { document: object }): Promise<ESignature> {
    return this.sign(request, request.document);
  }

  private sign({ type, actor, password, meaning }: SignatureRequest, content: object): Promise<ESignature> {
    return this.signatures.sign({ actor, password, meaning: meaning ?? SIGNED_COMMANDS[type], content });
  }
}

/** Signs only when the decision needs it (e.g. a finding by inspection, a downgrade); otherwise the plain command. */
export const signedWhen = <C extends Command>(
  needed: boolean,
  signer: HazardSigner,
  signing: {
    type: SignedCommandType & C['type'];
    actor: Actor;
    password: string | undefined;
    meaning?: SignatureMeaning;
  },
  data: Omit<C['data'], 'signature'>,
): SignedCommand<C> | CommandBody<C> =>
  needed && signing.password !== undefined
    ? signedOnRecord<C>(signer, { ...signing, password: signing.password }, data)
    : ({ type: signing.type, data } as CommandBody<C>);

/** A command the actor signs on the record as loaded: the decision data, then the signature over it. */
export const signedOnRecord = <C extends Command>(
  signer: HazardSigner,
  signing: { type: SignedCommandType & C['type']; actor: Actor; password: string; meaning?: SignatureMeaning },
  data: Omit<C['data'], 'signature'>,
): SignedCommand<C> => ({
  type: signing.type,
  signedOn: async (on) => {
    const { signature, expectedRevision } = await signer.signDecision(on, { ...signing, data });
    return { command: { type: signing.type, data: { ...data, signature } } as CommandBody<C>, expectedRevision };
  },
});
