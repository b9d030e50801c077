import { Injectable, Module } from '@nestjs/common';
import {
  INSPECTION_TEAMS,
  InspectionTeamFacts,
  InspectionTeams,
} from '../../apps/api/src/shared/inspection-teams.port';

/**
 * TEST ONLY, until the inspections module is merged: answers INSPECTION_TEAMS from inspection facts a spec plants.
 * Production code never provides INSPECTION_TEAMS this way; the real provider folds the inspection's stream.
 */
@Injectable()
export class PlantedInspectionTeams implements InspectionTeams {
  private readonly facts = new Map<string, InspectionTeamFacts>();

  plant(facts: InspectionTeamFacts): void {
    this.facts.set(facts.inspectionId, facts);
  }

  async teamOf(inspectionId: string): Promise<InspectionTeamFacts | undefined> {
    return this.facts.get(inspectionId);
  }
}

@Module({
  providers: [PlantedInspectionTeams, { provide: INSPECTION_TEAMS, useExisting: PlantedInspectionTeams }],
  exports: [INSPECTION_TEAMS, PlantedInspectionTeams],
})
export class PlantedInspectionTeamsModule {}
