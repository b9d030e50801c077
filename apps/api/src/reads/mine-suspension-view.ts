import { Mine, MineSuspensionScope } from '@hazard-ledger/domain';

/** The mine's 停产整顿 as a hazard it names sees it: the same order, from the mine's stream (one fact, two sides). */
export interface MineSuspensionView {
  mineId: string;
  orderNo: string;
  orderDocumentId: string | null;
  scope: MineSuspensionScope;
  since: string;
  /** Every hazard the order names; 复产 needs the 销号 of each. */
  hazardIds: readonly string[];
}

/** The suspension in force on `mine` that names `hazardId`, or null (none, or it names other hazards). */
export const suspensionNaming = (mine: Mine, hazardId: string): MineSuspensionView | null => {
  if (mine.status !== 'Suspended' || !mine.suspension.hazardIds.includes(hazardId)) return null;
  const { orderNo, orderDocumentId, scope, since, hazardIds } = mine.suspension;
  return { mineId: mine.mineId, orderNo, orderDocumentId: orderDocumentId ?? null, scope, since, hazardIds };
};
