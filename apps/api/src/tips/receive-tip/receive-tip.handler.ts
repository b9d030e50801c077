import { UnprocessableEntityException } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import {
  ReceiveTip,
  streams,
  tipCommandAccess,
  tipDecider,
  tipPolicyInForce,
  tipPolicyRefOf,
} from '@hazard-ledger/domain';
import { Deposit, ReporterIdentity, TipVault } from '@hazard-ledger/tip-vault';
import { newAggregateId } from '../../shared/aggregate-id';
import { CommandGateway, SignedCommand } from '../../shared/command-gateway';
import { MineDirectory } from '../../shared/mine-directory';
import { ReceiveTipCommand, TipReceiptAccepted } from './receive-tip.command';
import { TipReporterRequest } from './receive-tip.request';

const unprocessable = (zh: string, en: string) => new UnprocessableEntityException(`${zh} / ${en}`);

const identityOf = (r: TipReporterRequest): ReporterIdentity | null => {
  if (r.anonymous) {
    if (r.name !== undefined || r.phone !== undefined || r.contact !== undefined)
      throw unprocessable('匿名举报不登记姓名或联系方式', 'An anonymous tip records no name or contact');
    return null;
  }
  if (r.internal && !r.phone && !r.contact)
    throw unprocessable(
      '内部举报须提供有效联系方式（应急〔2020〕69号）',
      'An internal reporter must give a valid contact',
    );
  return {
    name: r.name as string,
    ...(r.phone ? { phone: r.phone } : {}),
    ...(r.contact ? { contact: r.contact } : {}),
  };
};

// 举报编号: the Beijing date of receipt and the start of the tip's id (unique, and stable under an Idempotency-Key).
const tipNoOf = (tipId: string, receivedAt: string): string =>
  `JB-${new Date(Date.parse(receivedAt) + 8 * 3_600_000).toISOString().slice(0, 10).replace(/-/g, '')}-${tipId.slice(0, 8).toUpperCase()}`;

@CommandHandler(ReceiveTipCommand)
export class ReceiveTipHandler implements ICommandHandler<ReceiveTipCommand> {
  constructor(
    private readonly gateway: CommandGateway,
    private readonly mines: MineDirectory,
    private readonly vault: TipVault,
  ) {}

  async execute({ body, actor, request }: ReceiveTipCommand): Promise<TipReceiptAccepted> {
    const id = newAggregateId(request, 'tip');
    const tipNo = tipNoOf(id, body.receivedAt);
    const identity = identityOf(body.reporter);
    let deposit: Deposit | undefined;
    let stored = false;
    // The identity is sealed and stored only after authorisation (the gateway's hook), so nobody who may not file a
    // tip can put anything in the vault; a refusal after that removes the deposit again.
    const command: SignedCommand<ReceiveTip> = {
      type: 'ReceiveTip',
      signedOn: async (on) => {
        // The tip exists already: a retried intake is answered from the log, a second one refused; no new deposit.
        if (on.revision !== undefined)
          return { command: { type: 'ReceiveTip', data: { ...({} as ReceiveTip['data']), tipId: id } } };
        deposit = await this.vault.seal(identity);
        stored = await this.vault.store(deposit, id, tipNo);
        const { anonymous, internal } = body.reporter;
        const reporter = {
          kind: anonymous ? 'anonymous' : 'named',
          internal,
          vaultRef: deposit.vaultRef,
          ciphertextSha256: deposit.ciphertextSha256,
        } as const;
        const { channel, receivedAt, content, category } = body;
        const policy = tipPolicyRefOf(tipPolicyInForce(receivedAt));
        const where = await this.whereOf(body.mineId, body.jurisdiction);
        return {
          command: {
            type: 'ReceiveTip',
            data: { tipId: id, tipNo, channel, receivedAt, content, category, ...where, reporter, policy },
          },
        };
      },
    };
    try {
      const accepted = await this.gateway.execute({
        id,
        streamId: streams.tip(id),
        decider: tipDecider,
        access: tipCommandAccess.ReceiveTip,
        command,
        actor,
        scope: async () => {
          const where = await this.whereOf(body.mineId, body.jurisdiction);
          return { mineId: where.mineId ?? '', jurisdiction: where.jurisdiction };
        },
        request,
        occurredAt: body.receivedAt,
      });
      // A retried intake (same Idempotency-Key) is answered from the first one: its code was shown then, not again.
      return { ...accepted, tipNo, ...(stored && deposit ? { claimCode: deposit.claimCode } : {}) };
    } catch (error) {
      if (stored && deposit) await this.vault.discard(deposit.vaultRef);
      throw error;
    }
  }

  private async whereOf(mineId: string | undefined, jurisdiction: string | undefined) {
    if (mineId) return { mineId, jurisdiction: (await this.mines.scopeOf(mineId)).jurisdiction };
    if (!jurisdiction) throw unprocessable('未指明矿山时须指明辖区', 'Give the jurisdiction when no mine is named');
    return { mineId: null, jurisdiction };
  }
}
