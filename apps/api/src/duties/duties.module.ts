import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { CONTRACTORS } from '../shared/contractors.port';
import { SharedModule } from '../shared/shared.module';
import { AddSafetyEngineerController } from './add-safety-engineer/add-safety-engineer.controller';
import { AddSafetyEngineerHandler } from './add-safety-engineer/add-safety-engineer.handler';
import { AppointFilePersonController } from './appoint-file-person/appoint-file-person.controller';
import { AppointFilePersonHandler } from './appoint-file-person/appoint-file-person.handler';
import { CloseExamItemController } from './close-exam-item/close-exam-item.controller';
import { CloseExamItemHandler } from './close-exam-item/close-exam-item.handler';
import { CrossValidateHiddenFactorController } from './cross-validate-hidden-factor/cross-validate-hidden-factor.controller';
import { CrossValidateHiddenFactorHandler } from './cross-validate-hidden-factor/cross-validate-hidden-factor.handler';
import { EndContractorContractController } from './end-contractor-contract/end-contractor-contract.controller';
import { EndContractorContractHandler } from './end-contractor-contract/end-contractor-contract.handler';
import { ExportDutyRegisterController } from './export-duty-register/export-duty-register.controller';
import { GetCertificateBoardController } from './get-certificate-board/get-certificate-board.controller';
import { GetContractorRegisterController } from './get-contractor-register/get-contractor-register.controller';
import { GetEnterpriseFileController } from './get-enterprise-file/get-enterprise-file.controller';
import { GetExamItemsController } from './get-exam-items/get-exam-items.controller';
import { GetHiddenFactorRegisterController } from './get-hidden-factor-register/get-hidden-factor-register.controller';
import { LaunchExamCampaignController } from './launch-exam-campaign/launch-exam-campaign.controller';
import { LaunchExamCampaignHandler } from './launch-exam-campaign/launch-exam-campaign.handler';
import { RecordContractorAssessmentController } from './record-contractor-assessment/record-contractor-assessment.controller';
import { RecordContractorAssessmentHandler } from './record-contractor-assessment/record-contractor-assessment.handler';
import { RecordExamFindingController } from './record-exam-finding/record-exam-finding.controller';
import { RecordExamFindingHandler } from './record-exam-finding/record-exam-finding.handler';
import { RecordExamRectificationController } from './record-exam-rectification/record-exam-rectification.controller';
import { RecordExamRectificationHandler } from './record-exam-rectification/record-exam-rectification.handler';
import { RecordHiddenFactorTreatmentController } from './record-hidden-factor-treatment/record-hidden-factor-treatment.controller';
import { RecordHiddenFactorTreatmentHandler } from './record-hidden-factor-treatment/record-hidden-factor-treatment.handler';
import { RecordHiddenFactorController } from './record-hidden-factor/record-hidden-factor.controller';
import { RecordHiddenFactorHandler } from './record-hidden-factor/record-hidden-factor.handler';
import { RecordOperatorCertificateController } from './record-operator-certificate/record-operator-certificate.controller';
import { RecordOperatorCertificateHandler } from './record-operator-certificate/record-operator-certificate.handler';
import { RecordSafetyFundsController } from './record-safety-funds/record-safety-funds.controller';
import { RecordSafetyFundsHandler } from './record-safety-funds/record-safety-funds.handler';
import { RegisterContractorController } from './register-contractor/register-contractor.controller';
import { RegisterContractorHandler } from './register-contractor/register-contractor.handler';
import { RemoveSafetyEngineerController } from './remove-safety-engineer/remove-safety-engineer.controller';
import { RemoveSafetyEngineerHandler } from './remove-safety-engineer/remove-safety-engineer.handler';
import { RevokeOperatorCertificateController } from './revoke-operator-certificate/revoke-operator-certificate.controller';
import { RevokeOperatorCertificateHandler } from './revoke-operator-certificate/revoke-operator-certificate.handler';
import { SetSafetyDepartmentController } from './set-safety-department/set-safety-department.controller';
import { SetSafetyDepartmentHandler } from './set-safety-department/set-safety-department.handler';
import { VerifyHiddenFactorTreatmentController } from './verify-hidden-factor-treatment/verify-hidden-factor-treatment.controller';
import { VerifyHiddenFactorTreatmentHandler } from './verify-hidden-factor-treatment/verify-hidden-factor-treatment.handler';
import { ContractorStreams } from './shared/contractor-streams.provider';
import { DutyCommands } from './shared/duty-commands';
import { DutyRegisterReader } from './shared/duty-register-read';

/**
 * Issue 14's records over HTTP, one folder per use case: 外包单位, 隐蔽致灾因素普查, 体检式精查, 一企一档, their
 * registers (paged) and exports. Exports CONTRACTORS, with which a hazard's contractor is checked.
 */
@Module({
  imports: [CqrsModule, SharedModule],
  controllers: [
    GetContractorRegisterController,
    GetHiddenFactorRegisterController,
    GetExamItemsController,
    GetCertificateBoardController,
    GetEnterpriseFileController,
    ExportDutyRegisterController,
    RegisterContractorController,
    RecordContractorAssessmentController,
    EndContractorContractController,
    RecordHiddenFactorController,
    CrossValidateHiddenFactorController,
    RecordHiddenFactorTreatmentController,
    VerifyHiddenFactorTreatmentController,
    LaunchExamCampaignController,
    RecordExamFindingController,
    RecordExamRectificationController,
    CloseExamItemController,
    AppointFilePersonController,
    SetSafetyDepartmentController,
    AddSafetyEngineerController,
    RemoveSafetyEngineerController,
    RecordOperatorCertificateController,
    RevokeOperatorCertificateController,
    RecordSafetyFundsController,
  ],
  providers: [
    { provide: CONTRACTORS, useClass: ContractorStreams },
    DutyCommands,
    DutyRegisterReader,
    RegisterContractorHandler,
    RecordContractorAssessmentHandler,
    EndContractorContractHandler,
    RecordHiddenFactorHandler,
    CrossValidateHiddenFactorHandler,
    RecordHiddenFactorTreatmentHandler,
    VerifyHiddenFactorTreatmentHandler,
    LaunchExamCampaignHandler,
    RecordExamFindingHandler,
    RecordExamRectificationHandler,
    CloseExamItemHandler,
    AppointFilePersonHandler,
    SetSafetyDepartmentHandler,
    AddSafetyEngineerHandler,
    RemoveSafetyEngineerHandler,
    RecordOperatorCertificateHandler,
    RevokeOperatorCertificateHandler,
    RecordSafetyFundsHandler,
  ],
  exports: [CONTRACTORS],
})
export class DutiesModule {}
