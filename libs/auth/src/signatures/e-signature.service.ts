import { BadRequestException, Injectable, UnauthorizedException } from '@nestjs/common';
import { Actor, ESignature } from '@hazard-ledger/domain';
import { canonicalize } from 'json-canonicalize';
import { createHash } from 'node:crypto';
import { assertMayWriteDomainEvents } from '../scopes';
import { UserStore } from '../users/user-store';
import { SIGNATURE_MEANINGS, SignatureMeaning, isSignatureMeaning } from './signature-meanings';

export interface SignRequest {
  actor: Actor;
  /** Re-entered at the moment of signing (Part 11 §11.200(a)(1)(ii)): a valid bearer token alone never signs. */
  password: string;
  meaning: SignatureMeaning;
  /** Exactly what is being signed; its canonical form is hashed, so the signature cannot be moved to other content. */
  content: unknown;
}

export const SIGNATURE_PASSWORD_INCORRECT = '签名密码错误 / Signature password incorrect';

/** SM3 (GB/T 32905) over RFC 8785 canonical JSON, so the same content hashes alike in any key order or runtime. */
export const signatureContentHash = (content: unknown): string =>
  createHash('sm3').update(canonicalize(content), 'utf8').digest('hex');

/**
 * Builds the ESignature the command puts into its event. It writes nothing itself, and when it throws the caller
 * must not append either: a wrong password leaves no trace in the record (failed attempts belong to the security log).
 */
@Injectable()
export class ESignatureService {
  constructor(private readonly users: UserStore) {}

  async sign(request: SignRequest): Promise<ESignature> {
    const { actor, password, meaning, content } = request;
    if (!isSignatureMeaning(meaning))
      throw new BadRequestException(`未知的签名含义 / Unknown signature meaning: ${String(meaning)}`);
    if (content === undefined || content === null)
      throw new BadRequestException('没有可签署的内容 / Nothing to sign: content is empty');
    assertMayWriteDomainEvents(actor);
    const signer = await this.users.reauthenticate(actor.id, password);
    if (!signer) throw new UnauthorizedException(SIGNATURE_PASSWORD_INCORRECT);
    // Authorisation was decided on the token's role; a signature must not record a different one.
    if (signer.role !== actor.role)
      throw new UnauthorizedException(
        '角色已变更，请重新登录后签署 / Role changed since sign-in; sign in again to sign',
      );
    return {
      signerId: signer.id,
      // From the user record, not the token: the printed name is the one on file at the moment of signing.
      printedName: signer.displayName,
      role: signer.role,
      meaning: SIGNATURE_MEANINGS[meaning],
      signedAt: new Date().toISOString(),
      contentHash: signatureContentHash(content),
    };
  }
}
