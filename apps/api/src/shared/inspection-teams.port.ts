/** What another record needs to know of an inspection: whose it is and who was on the team. */
export interface InspectionTeamFacts {
  inspectionId: string;
  mineId: string;
  members: { userId: string; certificateNo: string; leader: boolean }[];
}

export interface InspectionTeams {
  /** Undefined when no such inspection exists. Reads the inspection's stream (write side), not a read model. */
  teamOf(inspectionId: string): Promise<InspectionTeamFacts | undefined>;
}

export const INSPECTION_TEAMS = Symbol('INSPECTION_TEAMS');
