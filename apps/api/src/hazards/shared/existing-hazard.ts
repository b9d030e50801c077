import { NotFoundException } from '@nestjs/common';
import { Hazard, hazardDecider, streams } from '@hazard-ledger/domain';
import { MineDirectory } from '../../shared/mine-directory';

/** The scope of a hazard's commands: its mine's jurisdiction (the mine stream, read from the event store). */
export const hazardScope = (mines: MineDirectory, hazardId: string) => (hazard: Hazard) => {
  if (hazard.status === 'not_discovered')
    throw new NotFoundException(`隐患 ${hazardId} 不存在 / Hazard ${hazardId} does not exist`);
  return mines.scopeOf(hazard.mineId);
};

/** What every gateway call on a recorded hazard shares; the gateway's load answers 404 when it does not exist. */
export const existingHazard = (mines: MineDirectory, hazardId: string) => ({
  id: hazardId,
  streamId: streams.hazard(hazardId),
  decider: hazardDecider,
  scope: hazardScope(mines, hazardId),
});
