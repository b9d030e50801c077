import { Inject, Injectable, UnprocessableEntityException } from '@nestjs/common';
import { InspectionTeamRef, streams } from '@hazard-ledger/domain';
import { EVENT_STORE, EventStore } from '@hazard-ledger/event-store';
import { INSPECTION_TEAMS, InspectionTeams } from '../../shared/inspection-teams.port';

/**
 * Checks what a document cites before it is drafted: the inspection (through the INSPECTION_TEAMS port, provided
 * by the inspections module) and the hazards exist and are of the document's mine. Refusals are 422: the request
 * is well-formed but names records that do not fit.
 */
@Injectable()
export class LinkedRecords {
  constructor(
    @Inject(INSPECTION_TEAMS) private readonly inspections: InspectionTeams,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  async inspectionOf(inspectionId: string | undefined, mineId: string): Promise<InspectionTeamRef | null> {
    if (inspectionId === undefined) return null;
    const team = await this.inspections.teamOf(inspectionId);
    if (!team)
      throw new UnprocessableEntityException(`检查 ${inspectionId} 不存在 / Inspection ${inspectionId} does not exist`);
    if (team.mineId !== mineId)
      throw new UnprocessableEntityException(
        `检查 ${inspectionId} 不是对该矿山的检查 / Inspection ${inspectionId} is not of mine ${mineId}`,
      );
    return { inspectionId, memberIds: team.members.map((m) => m.userId) };
  }

  async checkHazards(hazardIds: readonly string[], mineId: string): Promise<void> {
    for (const hazardId of hazardIds) {
      const [first] = await this.store.readStream(streams.hazard(hazardId), { maxCount: 1 });
      const data = first?.data as { mineId?: string } | undefined;
      if (data?.mineId !== mineId)
        throw new UnprocessableEntityException(
          `隐患 ${hazardId} 不存在或不属于该矿山 / Hazard ${hazardId} does not exist or is not of mine ${mineId}`,
        );
    }
  }
}
