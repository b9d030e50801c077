import { Inject, Injectable } from '@nestjs/common';
import { PlanPolicyFacts, PlannedMineFacts, inspectionFrequencyInForce } from '@hazard-ledger/domain';
import { CLOCK, Clock } from '../../shared/clock';
import { MineDirectory } from '../../shared/mine-directory';
import { PlannedMineDto } from './plan-dto';

/** What a plan decision needs from elsewhere: each mine's jurisdiction and grade (its stream), the policy in force. */
@Injectable()
export class PlanFacts {
  constructor(
    private readonly mines: MineDirectory,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async minesOf(planned: readonly PlannedMineDto[]): Promise<PlannedMineFacts[]> {
    return Promise.all(
      planned.map(async ({ mineId, plannedInspections }) => {
        const { mine } = await this.mines.find(mineId);
        const known = mine.status !== 'Unregistered';
        return {
          mineId,
          jurisdiction: known ? mine.jurisdiction : null,
          grade: known ? mine.riskGrade : null,
          ...(plannedInspections === undefined ? {} : { plannedInspections }),
        };
      }),
    );
  }

  policy(): PlanPolicyFacts {
    const { version, maxOnSiteInspectionsPerMinePerYear } = inspectionFrequencyInForce(this.clock.now());
    return { version, maxOnSiteInspectionsPerMinePerYear };
  }
}
