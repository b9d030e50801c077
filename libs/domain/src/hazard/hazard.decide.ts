import { amendDescription, amendLocation } from './decisions/amendment';
import { determineGeneral, determineMajor } from './decisions/classification';
import { close } from './decisions/closure';
import { discover, reportRecurrence } from './decisions/discovery';
import { acknowledgeDualReport, submitDualReport } from './decisions/dual-report';
import { changeGrade } from './decisions/grade-change';
import { ensureRoleMayIssue } from './decisions/guards';
import { acceptPlan, returnPlan, submitPlan } from './decisions/plan';
import {
  assignRectification,
  completeRectification,
  rectifyOnSpot,
  reinspect,
  verifyRectification,
} from './decisions/rectification';
import { evaluate, grantExtension, recordProgress, refuseExtension, requestExtension } from './decisions/remediation';
import { revokeSignature } from './decisions/revocation';
import { escalate, rejectSignOff, requestSignOff, signOff, signSiteReview } from './decisions/sign-off';
import { listForSupervision } from './decisions/supervision';
import { liftSuspension, suspendProduction } from './decisions/suspension';
import { approveVoid, voidHazard } from './decisions/void';
import { HazardCommand } from './hazard.commands';
import { HazardEvent } from './hazard.events';
import { Hazard } from './hazard.state';

/** The access table is checked here as well as by the API guard, so no entry point can skip it. */
export const decide = (command: HazardCommand, state: Hazard): HazardEvent[] => {
  ensureRoleMayIssue(command);
  switch (command.type) {
    case 'DiscoverHazard':
      return discover(command, state);
    case 'ReportRecurrence':
      return reportRecurrence(command, state);
    case 'DetermineMajorHazard':
      return determineMajor(command, state);
    case 'DetermineGeneralHazard':
      return determineGeneral(command, state);
    case 'ChangeHazardGrade':
      return changeGrade(command, state);
    case 'AmendHazardDescription':
      return amendDescription(command, state);
    case 'AmendHazardLocation':
      return amendLocation(command, state);
    case 'SubmitDualReport':
      return submitDualReport(command, state);
    case 'AcknowledgeDualReport':
      return acknowledgeDualReport(command, state);
    case 'ListForSupervision':
      return listForSupervision(command, state);
    case 'SubmitRemediationPlan':
      return submitPlan(command, state);
    case 'ReturnRemediationPlan':
      return returnPlan(command, state);
    case 'AcceptRemediationPlan':
      return acceptPlan(command, state);
    case 'RecordRemediationProgress':
      return recordProgress(command, state);
    case 'RequestExtension':
      return requestExtension(command, state);
    case 'GrantExtension':
      return grantExtension(command, state);
    case 'RefuseExtension':
      return refuseExtension(command, state);
    case 'EvaluateRemediation':
      return evaluate(command, state);
    case 'RequestSignOff':
      return requestSignOff(command, state);
    case 'SignSiteReview':
      return signSiteReview(command, state);
    case 'SignOffHazard':
      return signOff(command, state);
    case 'RejectSignOff':
      return rejectSignOff(command, state);
    case 'EscalateHazard':
      return escalate(command, state);
    case 'CloseHazard':
      return close(command, state);
    case 'SuspendProduction':
      return suspendProduction(command, state);
    case 'LiftSuspension':
      return liftSuspension(command, state);
    case 'VoidHazard':
      return voidHazard(command, state);
    case 'ApproveVoid':
      return approveVoid(command, state);
    case 'RectifyOnSpot':
      return rectifyOnSpot(command, state);
    case 'AssignRectification':
      return assignRectification(command, state);
    case 'CompleteRectification':
      return completeRectification(command, state);
    case 'VerifyRectification':
      return verifyRectification(command, state);
    case 'ConductReinspection':
      return reinspect(command, state);
    case 'RevokeSignature':
      return revokeSignature(command, state);
    default: {
      const unhandled: never = command;
      throw new Error(`Unknown hazard command ${JSON.stringify(unhandled)}`);
    }
  }
};
