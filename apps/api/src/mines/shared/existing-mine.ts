import { Mine, mineDecider, streams } from '@hazard-ledger/domain';
import { registeredMineScope } from '../../shared/mine-directory';

/** What every gateway call on a registered mine shares; the gateway's load answers 404 when it is not registered. */
export const existingMine = (mineId: string) => ({
  id: mineId,
  streamId: streams.mine(mineId),
  decider: mineDecider,
  scope: (mine: Mine) => registeredMineScope(mineId, mine),
});
