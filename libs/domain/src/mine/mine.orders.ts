import { Actor } from '../shared/actor';
import { ESignature } from '../shared/signature';
import { CitedDocument, NamedHazardFacts, ResumeMineProduction, SuspendMineProduction } from './mine.commands';
import { InvalidMineTransition, MineDetailsInvalid, MineReasonRequired } from './mine.errors';
import { MineProductionResumed, MineProductionSuspended } from './mine.events';
import {
  HazardsNotSignedOff,
  MineDocumentNotApplicable,
  MineDocumentNotInForce,
  MineDocumentUnknown,
  MineSignatureRequired,
} from './mine.order.errors';
import { Mine, RegisteredMine } from './mine.state';
import { isBlank } from './mine.validation';

type OrderCommand = SuspendMineProduction | ResumeMineProduction;

/** The document must exist, be of the expected kind, concern this mine and be in force (signed, not revoked). */
const citedDocument = (mineId: string, documentId: string, doc: CitedDocument | null, kind: string) => {
  if (!doc || doc.documentId !== documentId) throw new MineDocumentUnknown(documentId);
  if (doc.kind !== kind) throw new MineDocumentNotApplicable(documentId, `不是 ${kind}`, `is not a ${kind}`);
  if (doc.mineId !== mineId)
    throw new MineDocumentNotApplicable(
      documentId,
      `属于其他矿山 ${doc.mineId}`,
      `concerns another mine ${doc.mineId}`,
    );
  if (!doc.inForce) throw new MineDocumentNotInForce(documentId);
  return doc;
};

const ownSignature = (command: OrderCommand, actor: Actor): ESignature => {
  const signature = command.data.signature;
  if (!signature || signature.signerId !== actor.id) throw new MineSignatureRequired(command.type);
  return signature;
};

const factsOf = (hazards: readonly NamedHazardFacts[], hazardId: string): NamedHazardFacts | undefined =>
  hazards.find((h) => h.hazardId === hazardId);

// Every hazard the order names must be a hazard of this mine, so the hazard side can show the same order.
const ensureHazardsOfMine = (mineId: string, hazardIds: readonly string[], hazards: readonly NamedHazardFacts[]) => {
  const foreign = hazardIds.filter((id) => factsOf(hazards, id)?.mineId !== mineId);
  if (foreign.length > 0)
    throw new MineDetailsInvalid(
      'hazardIds',
      `文书所列隐患不存在或不属于本矿：${foreign.join('、')}`,
      `hazards named by the order do not exist or belong to another mine: ${foreign.join(', ')}`,
    );
};

// A full order may widen a partial one in force (no false "producing" interval between them); nothing else stacks.
export const suspendProduction = (command: SuspendMineProduction, mine: RegisteredMine): MineProductionSuspended => {
  const { mineId, documentId, scope, reason, hazards } = command.data;
  const widens = mine.status === 'Suspended' && mine.suspension.scope.extent === 'partial' && scope.extent === 'full';
  if (mine.status === 'Suspended' && !widens) throw new InvalidMineTransition(mine.status, command.type);
  const order = citedDocument(mineId, documentId, command.data.order, 'suspension_order');
  ensureHazardsOfMine(mineId, order.hazardIds, hazards);
  if (isBlank(reason)) throw new MineReasonRequired(command.type);
  if (scope.extent === 'partial' && isBlank(scope.area))
    throw new MineDetailsInvalid('scope.area', '局部停产须注明范围', 'a partial suspension must name its area');
  const { actor, now } = command.metadata;
  return {
    type: 'MineProductionSuspended',
    data: {
      mineId,
      orderNo: order.docNo,
      orderDocumentId: order.documentId,
      hazardIds: [...order.hazardIds],
      scope,
      reason,
      orderedBy: actor.id,
      signature: ownSignature(command, actor),
      suspendedAt: now,
      ...(mine.status === 'Suspended' ? { supersedes: mine.suspension.orderNo } : {}),
    },
  };
};

export const resumeProduction = (command: ResumeMineProduction, mine: Mine & RegisteredMine): MineProductionResumed => {
  if (mine.status !== 'Suspended') throw new InvalidMineTransition(mine.status, command.type);
  const { mineId, documentId, hazards } = command.data;
  const approval = citedDocument(mineId, documentId, command.data.approval, 'resumption_approval');
  const { orderNo, hazardIds } = mine.suspension;
  const open = hazardIds.filter((id) => !factsOf(hazards, id)?.signedOff);
  if (open.length > 0) throw new HazardsNotSignedOff(orderNo, open);
  const { actor, now } = command.metadata;
  return {
    type: 'MineProductionResumed',
    data: {
      mineId,
      approvalNo: approval.docNo,
      approvalDocumentId: approval.documentId,
      liftedOrderNo: orderNo,
      signOffs: hazardIds.map((id) => ({ hazardId: id, decisionNo: factsOf(hazards, id)?.signOffDecisionNo ?? null })),
      approvedBy: actor.id,
      signature: ownSignature(command, actor),
      resumedAt: now,
    },
  };
};
