import { NotFoundException } from '@nestjs/common';
import { Penalty, penaltyDecider, streams } from '@hazard-ledger/domain';
import { MineDirectory } from '../../shared/mine-directory';

/** A penalty's commands act in its mine's jurisdiction; 404 when no penalty was decided under this id. */
export const existingPenalty = (mines: MineDirectory, penaltyId: string) => ({
  id: penaltyId,
  streamId: streams.penalty(penaltyId),
  decider: penaltyDecider,
  scope: (penalty: Penalty) => {
    if (penalty.status === 'none')
      throw new NotFoundException(`处罚决定 ${penaltyId} 不存在 / Penalty ${penaltyId} does not exist`);
    return mines.scopeOf(penalty.mineId);
  },
});
