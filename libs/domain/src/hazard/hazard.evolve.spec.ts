import { fold } from '../shared/decider';
import { hazardDecider } from './hazard.decider';
import { HazardEvent, HazardEventType } from './hazard.events';
import * as f from './hazard.fixtures';
import { history } from './hazard.fixtures';

const { evolve, initialState } = hazardDecider;

const anEventOfType: Record<HazardEventType, () => HazardEvent> = {
  HazardDiscovered: () => f.aHazardDiscovered(),
  HazardRecurred: () => f.aHazardRecurred(),
  MajorHazardDetermined: () => f.aMajorHazardDetermined(),
  GeneralHazardDetermined: () => f.aGeneralHazardDetermined(),
  HazardGradeChanged: () => f.aHazardGradeChanged(),
  HazardDescriptionAmended: () => f.aHazardDescriptionAmended(),
  HazardLocationAmended: () => f.aHazardLocationAmended(),
  DualReportSubmitted: () => f.aDualReportSubmitted(),
  DualReportReceived: () => f.aDualReportReceived(),
  SupervisionListed: () => f.aSupervisionListed(),
  RemediationPlanSubmitted: () => f.aRemediationPlanSubmitted(),
  RemediationPlanReturned: () => f.aRemediationPlanReturned(),
  RemediationPlanAccepted: () => f.aRemediationPlanAccepted(),
  RemediationProgressRecorded: () => f.aRemediationProgressRecorded(),
  ExtensionRequested: () => f.anExtensionRequested(),
  ExtensionGranted: () => f.anExtensionGranted(),
  ExtensionRefused: () => f.anExtensionRefused(),
  RemediationEvaluated: () => f.aRemediationEvaluated(),
  SignOffRequested: () => f.aSignOffRequested(),
  SiteReviewSigned: () => f.aSiteReviewSigned(),
  HazardSignedOff: () => f.aHazardSignedOff(),
  SignOffRejected: () => f.aSignOffRejected(),
  HazardEscalated: () => f.aHazardEscalated(),
  HazardClosed: () => f.aHazardClosed(),
  ProductionSuspended: () => f.aProductionSuspended(),
  SuspensionLifted: () => f.aSuspensionLifted(),
  HazardVoidRequested: () => f.aHazardVoidRequested(),
  HazardVoided: () => f.aHazardVoided(),
  RectifiedOnSpot: () => f.aRectifiedOnSpot(),
  RectificationAssigned: () => f.aRectificationAssigned(),
  RectificationCompleted: () => f.aRectificationCompleted(),
  RectificationVerified: () => f.aRectificationVerified(),
  ReinspectionConducted: () => f.aReinspectionConducted(),
  SignatureRevoked: () => f.aSignatureRevoked(),
};

/** Events as an old or imported stream might hold them: fields missing that today's rules require. */
const malformed: HazardEvent[] = Object.values(anEventOfType).map((build) => {
  const event = build();
  return { type: event.type, data: { hazardId: f.HAZARD_ID } } as HazardEvent;
});

describe('Hazard evolve', () => {
  it('does not throw on a closing event before any discovery, and leaves the state as it was', () =>
    expect(evolve(initialState(), f.aHazardClosed())).toEqual(initialState()));

  it.each(Object.entries(history.historyOf))(
    'applies every event type to a %s hazard without throwing',
    (_status, events) => {
      const state = fold(hazardDecider, events);
      for (const build of Object.values(anEventOfType)) expect(() => evolve(state, build())).not.toThrow();
    },
  );

  it.each(Object.entries(history.historyOf))(
    'survives events missing their fields on a %s hazard',
    (_status, events) => {
      const state = fold(hazardDecider, events);
      for (const event of malformed) expect(() => evolve(state, event)).not.toThrow();
    },
  );

  it('ignores a second discovery', () => {
    const state = fold(hazardDecider, history.inRemediation);
    expect(evolve(state, f.aHazardDiscovered({ description: '另一条' }))).toBe(state);
  });

  it('ignores a major-path event on a general hazard', () => {
    const state = fold(hazardDecider, history.generalDetermined);
    expect(evolve(state, f.aRemediationPlanAccepted())).toBe(state);
  });

  it('strips the path’s working facts once the hazard is closed', () =>
    expect(fold(hazardDecider, history.majorClosed)).not.toHaveProperty('major'));
});
