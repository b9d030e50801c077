import { NotFoundException } from '@nestjs/common';
import { Inspection, inspectionDecider, streams } from '@hazard-ledger/domain';
import { MineDirectory } from '../../shared/mine-directory';

/** The scope of an inspection's commands: its mine's jurisdiction (the mine stream, read from the event store). */
export const inspectionScope = (mines: MineDirectory, inspectionId: string) => (inspection: Inspection) => {
  if (inspection.status === 'not_recorded')
    throw new NotFoundException(`检查记录 ${inspectionId} 不存在 / Inspection ${inspectionId} does not exist`);
  return mines.scopeOf(inspection.mineId);
};

/** What every gateway call on a recorded inspection shares; the gateway's load answers 404 when it does not exist. */
export const existingInspection = (mines: MineDirectory, inspectionId: string) => ({
  id: inspectionId,
  streamId: streams.inspection(inspectionId),
  decider: inspectionDecider,
  scope: inspectionScope(mines, inspectionId),
});
