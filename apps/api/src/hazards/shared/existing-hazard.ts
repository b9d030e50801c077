import { hazardDecider } from '@hazard-ledger/domain';
import { HazardDirectory, hazardStream } from '../../shared/hazard-directory';

/** What every gateway call on a recorded hazard shares; 404 when the hazard does not exist. */
export const existingHazard = async (hazards: HazardDirectory, hazardId: string) => {
  const { target, revision } = await hazards.locate(hazardId);
  return { id: hazardId, streamId: hazardStream(hazardId), decider: hazardDecider, target, revision };
};
