import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { DutiesModule } from '../duties/duties.module';
import { SharedModule } from '../shared/shared.module';
import { DiscoverHazardController } from './discover-hazard/discover-hazard.controller';
import { DiscoverHazardHandler } from './discover-hazard/discover-hazard.handler';
import { ReportRecurrenceController } from './report-recurrence/report-recurrence.controller';
import { ReportRecurrenceHandler } from './report-recurrence/report-recurrence.handler';
import { DetermineMajorHazardController } from './determine-major-hazard/determine-major-hazard.controller';
import { DetermineMajorHazardHandler } from './determine-major-hazard/determine-major-hazard.handler';
import { DetermineGeneralHazardController } from './determine-general-hazard/determine-general-hazard.controller';
import { DetermineGeneralHazardHandler } from './determine-general-hazard/determine-general-hazard.handler';
import { ChangeHazardGradeController } from './change-hazard-grade/change-hazard-grade.controller';
import { ChangeHazardGradeHandler } from './change-hazard-grade/change-hazard-grade.handler';
import { AmendHazardDescriptionController } from './amend-hazard-description/amend-hazard-description.controller';
import { AmendHazardDescriptionHandler } from './amend-hazard-description/amend-hazard-description.handler';
import { AmendHazardLocationController } from './amend-hazard-location/amend-hazard-location.controller';
import { AmendHazardLocationHandler } from './amend-hazard-location/amend-hazard-location.handler';
import { SubmitDualReportController } from './submit-dual-report/submit-dual-report.controller';
import { SubmitDualReportHandler } from './submit-dual-report/submit-dual-report.handler';
import { AcknowledgeDualReportController } from './acknowledge-dual-report/acknowledge-dual-report.controller';
import { AcknowledgeDualReportHandler } from './acknowledge-dual-report/acknowledge-dual-report.handler';
import { ListForSupervisionController } from './list-for-supervision/list-for-supervision.controller';
import { ListForSupervisionHandler } from './list-for-supervision/list-for-supervision.handler';
import { SubmitRemediationPlanController } from './submit-remediation-plan/submit-remediation-plan.controller';
import { SubmitRemediationPlanHandler } from './submit-remediation-plan/submit-remediation-plan.handler';
import { ReturnRemediationPlanController } from './return-remediation-plan/return-remediation-plan.controller';
import { ReturnRemediationPlanHandler } from './return-remediation-plan/return-remediation-plan.handler';
import { AcceptRemediationPlanController } from './accept-remediation-plan/accept-remediation-plan.controller';
import { AcceptRemediationPlanHandler } from './accept-remediation-plan/accept-remediation-plan.handler';
import { RecordRemediationProgressController } from './record-remediation-progress/record-remediation-progress.controller';
import { RecordRemediationProgressHandler } from './record-remediation-progress/record-remediation-progress.handler';
import { RequestExtensionController } from './request-extension/request-extension.controller';
import { RequestExtensionHandler } from './request-extension/request-extension.handler';
import { GrantExtensionController } from './grant-extension/grant-extension.controller';
import { GrantExtensionHandler } from './grant-extension/grant-extension.handler';
import { RefuseExtensionController } from './refuse-extension/refuse-extension.controller';
import { RefuseExtensionHandler } from './refuse-extension/refuse-extension.handler';
import { EvaluateRemediationController } from './evaluate-remediation/evaluate-remediation.controller';
import { EvaluateRemediationHandler } from './evaluate-remediation/evaluate-remediation.handler';
import { RequestSignOffController } from './request-sign-off/request-sign-off.controller';
import { RequestSignOffHandler } from './request-sign-off/request-sign-off.handler';
import { SignSiteReviewController } from './sign-site-review/sign-site-review.controller';
import { SignSiteReviewHandler } from './sign-site-review/sign-site-review.handler';
import { SignOffHazardController } from './sign-off-hazard/sign-off-hazard.controller';
import { SignOffHazardHandler } from './sign-off-hazard/sign-off-hazard.handler';
import { RejectSignOffController } from './reject-sign-off/reject-sign-off.controller';
import { RejectSignOffHandler } from './reject-sign-off/reject-sign-off.handler';
import { EscalateHazardController } from './escalate-hazard/escalate-hazard.controller';
import { EscalateHazardHandler } from './escalate-hazard/escalate-hazard.handler';
import { CloseHazardController } from './close-hazard/close-hazard.controller';
import { CloseHazardHandler } from './close-hazard/close-hazard.handler';
import { SuspendProductionController } from './suspend-production/suspend-production.controller';
import { SuspendProductionHandler } from './suspend-production/suspend-production.handler';
import { LiftSuspensionController } from './lift-suspension/lift-suspension.controller';
import { LiftSuspensionHandler } from './lift-suspension/lift-suspension.handler';
import { VoidHazardController } from './void-hazard/void-hazard.controller';
import { ApproveVoidController } from './approve-void/approve-void.controller';
import { ApproveVoidHandler } from './approve-void/approve-void.handler';
import { VoidHazardHandler } from './void-hazard/void-hazard.handler';
import { RectifyOnSpotController } from './rectify-on-spot/rectify-on-spot.controller';
import { RectifyOnSpotHandler } from './rectify-on-spot/rectify-on-spot.handler';
import { AssignRectificationController } from './assign-rectification/assign-rectification.controller';
import { AssignRectificationHandler } from './assign-rectification/assign-rectification.handler';
import { CompleteRectificationController } from './complete-rectification/complete-rectification.controller';
import { CompleteRectificationHandler } from './complete-rectification/complete-rectification.handler';
import { VerifyRectificationController } from './verify-rectification/verify-rectification.controller';
import { VerifyRectificationHandler } from './verify-rectification/verify-rectification.handler';
import { ConductReinspectionController } from './conduct-reinspection/conduct-reinspection.controller';
import { ConductReinspectionHandler } from './conduct-reinspection/conduct-reinspection.handler';
import { RevokeSignatureController } from './revoke-signature/revoke-signature.controller';
import { RevokeSignatureHandler } from './revoke-signature/revoke-signature.handler';
import { GetHazardController } from './get-hazard/get-hazard.controller';
import { HazardSigner } from './shared/hazard-signer';

/** The hazard lifecycle over HTTP: one slice per command of libs/domain/src/hazard, plus the time-travel read. */
@Module({
  // ESignatureService comes from AuthModule, registered globally by ApiModule.
  // DutiesModule provides CONTRACTORS: a hazard's contractor must be one of its mine.
  imports: [CqrsModule, SharedModule, DutiesModule],
  controllers: [
    DiscoverHazardController,
    ReportRecurrenceController,
    DetermineMajorHazardController,
    DetermineGeneralHazardController,
    ChangeHazardGradeController,
    AmendHazardDescriptionController,
    AmendHazardLocationController,
    SubmitDualReportController,
    AcknowledgeDualReportController,
    ListForSupervisionController,
    SubmitRemediationPlanController,
    ReturnRemediationPlanController,
    AcceptRemediationPlanController,
    RecordRemediationProgressController,
    RequestExtensionController,
    GrantExtensionController,
    RefuseExtensionController,
    EvaluateRemediationController,
    RequestSignOffController,
    SignSiteReviewController,
    SignOffHazardController,
    RejectSignOffController,
    EscalateHazardController,
    CloseHazardController,
    SuspendProductionController,
    LiftSuspensionController,
    VoidHazardController,
    ApproveVoidController,
    RectifyOnSpotController,
    AssignRectificationController,
    CompleteRectificationController,
    VerifyRectificationController,
    ConductReinspectionController,
    RevokeSignatureController,
    GetHazardController,
  ],
  providers: [
    HazardSigner,
    DiscoverHazardHandler,
    ReportRecurrenceHandler,
    DetermineMajorHazardHandler,
    DetermineGeneralHazardHandler,
    ChangeHazardGradeHandler,
    AmendHazardDescriptionHandler,
    AmendHazardLocationHandler,
    SubmitDualReportHandler,
    AcknowledgeDualReportHandler,
    ListForSupervisionHandler,
    SubmitRemediationPlanHandler,
    ReturnRemediationPlanHandler,
    AcceptRemediationPlanHandler,
    RecordRemediationProgressHandler,
    RequestExtensionHandler,
    GrantExtensionHandler,
    RefuseExtensionHandler,
    EvaluateRemediationHandler,
    RequestSignOffHandler,
    SignSiteReviewHandler,
    SignOffHazardHandler,
    RejectSignOffHandler,
    EscalateHazardHandler,
    CloseHazardHandler,
    SuspendProductionHandler,
    LiftSuspensionHandler,
    VoidHazardHandler,
    ApproveVoidHandler,
    RectifyOnSpotHandler,
    AssignRectificationHandler,
    CompleteRectificationHandler,
    VerifyRectificationHandler,
    ConductReinspectionHandler,
    RevokeSignatureHandler,
  ],
})
export class HazardsModule {}
