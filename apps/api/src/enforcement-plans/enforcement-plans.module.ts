import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { SharedModule } from '../shared/shared.module';
import { ApproveEnforcementPlanController } from './approve-enforcement-plan/approve-enforcement-plan.controller';
import { ApproveEnforcementPlanHandler } from './approve-enforcement-plan/approve-enforcement-plan.handler';
import { DraftEnforcementPlanController } from './draft-enforcement-plan/draft-enforcement-plan.controller';
import { DraftEnforcementPlanHandler } from './draft-enforcement-plan/draft-enforcement-plan.handler';
import { GetEnforcementPlanController } from './get-enforcement-plan/get-enforcement-plan.controller';
import { ReviseEnforcementPlanController } from './revise-enforcement-plan/revise-enforcement-plan.controller';
import { ReviseEnforcementPlanHandler } from './revise-enforcement-plan/revise-enforcement-plan.handler';
import { PlanFacts } from './shared/plan-facts';

/** 年度执法计划: draft, revise, approve or file, read. */
@Module({
  imports: [CqrsModule, SharedModule],
  controllers: [
    DraftEnforcementPlanController,
    ReviseEnforcementPlanController,
    ApproveEnforcementPlanController,
    GetEnforcementPlanController,
  ],
  providers: [PlanFacts, DraftEnforcementPlanHandler, ReviseEnforcementPlanHandler, ApproveEnforcementPlanHandler],
})
export class EnforcementPlansModule {}
