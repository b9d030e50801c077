import { mineDecider } from '@hazard-ledger/domain';
import { MineDirectory, mineStream } from '../../shared/mine-directory';

/** What every gateway call on a registered mine shares; 404 when the mine is not registered. */
export const existingMine = async (mines: MineDirectory, mineId: string) => ({
  id: mineId,
  streamId: mineStream(mineId),
  decider: mineDecider,
  target: await mines.scopeOf(mineId),
});
