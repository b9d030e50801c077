import { ForbiddenException, NotFoundException } from '@nestjs/common';
import { Actor, TIP_READER_ROLES, Tip, isNextLevelUp, tipDecider, streams } from '@hazard-ledger/domain';
import { ScopeTarget, canRead } from '@hazard-ledger/auth';

/** A tip's scope: its jurisdiction (a tip need not name a mine; when it does, the mine is recorded as well). */
export const tipScope =
  (tipId: string) =>
  (tip: Tip): ScopeTarget => {
    if (tip.status === 'not_received')
      throw new NotFoundException(`举报 ${tipId} 不存在 / Tip ${tipId} does not exist`);
    return { mineId: tip.mineId ?? '', jurisdiction: tip.jurisdiction };
  };

/** What every gateway call on a received tip shares; the gateway's load answers 404 when it does not exist. */
export const existingTip = (tipId: string) => ({
  id: tipId,
  streamId: streams.tip(tipId),
  decider: tipDecider,
  scope: tipScope(tipId),
});

export const NOT_A_TIP_READER =
  '举报仅限监管人员、审计和调查人员查看；企业一方任何人不得查看 / Tips are read by regulators, auditors and investigators only; never by anyone on the enterprise side';

/** Reads of tips: regulators of the tip's jurisdiction, auditors and investigators; nobody else, ever. */
export const assertTipReader = (actor: Actor, target?: ScopeTarget): void => {
  if (!TIP_READER_ROLES.includes(actor.role)) throw new ForbiddenException(NOT_A_TIP_READER);
  // The bureau one level up reads the tips of the jurisdictions below it: it is where a 复查 is routed.
  const above =
    actor.role === 'supervising_leader' && target && isNextLevelUp(actor.jurisdictions, target.jurisdiction);
  if (target && !above && !canRead(actor, target)) throw new ForbiddenException(NOT_A_TIP_READER);
};
