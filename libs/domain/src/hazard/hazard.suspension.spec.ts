import { DeciderSpecification } from '@hazard-ledger/testing';
import { hazardDecider } from './hazard.decider';
import {
  FieldRequired,
  NotAuthorisedForAction,
  ReasonRequired,
  SuspensionAlreadyInForce,
  SuspensionNotInForce,
  UnknownSignature,
} from './hazard.errors';
import {
  actors,
  aLiftSuspension,
  aProductionSuspended,
  aRevokeSignature,
  aSignatureRevoked,
  aSignSiteReview,
  aSiteReviewSigned,
  aSuspendProduction,
  aSuspensionLifted,
  history,
} from './hazard.fixtures';

const given = DeciderSpecification.for(hazardDecider);
const { principal, inspectorB, inspectorC, leader } = actors;
const selfImposed = { orderNo: '示范矿业停〔2024〕1号' };

describe('Hazard', () => {
  describe('when production is suspended', () => {
    it('records the enterprise stopping production as soon as the hazard is discovered', () =>
      given(history.discovered)
        .when(aSuspendProduction())
        .then([aProductionSuspended({ issuer: 'enterprise', orderedBy: principal.id })]));

    // One fact, one place: a regulator's 停产整顿 is ordered on the mine, citing the signed order that names the
    // hazards (ADR 20261207-one-fact-suspension); the hazard shows it from the mine's stream.
    it.each([inspectorB, leader])('refuses a hazard-level suspension by a regulator (%#)', (regulator) =>
      given(history.discovered)
        .when(aSuspendProduction({}, { actor: regulator }))
        .thenThrows(NotAuthorisedForAction),
    );

    it('records the enterprise stopping production itself', () =>
      given(history.majorDetermined)
        .when(aSuspendProduction(selfImposed, { actor: principal }))
        .then([aProductionSuspended({ ...selfImposed, issuer: 'enterprise', orderedBy: principal.id })]));

    it('refuses a partial suspension that does not name the area', () =>
      given(history.discovered)
        .when(aSuspendProduction({ scope: 'partial' }))
        .thenThrows(FieldRequired));

    it('records a partial suspension of a named area', () =>
      given(history.discovered)
        .when(aSuspendProduction({ scope: 'partial', area: '-120m 中段' }))
        .then([
          aProductionSuspended({ scope: 'partial', area: '-120m 中段', issuer: 'enterprise', orderedBy: principal.id }),
        ]));

    it('refuses a second order while one is in force', () =>
      given([...history.inRemediation, aProductionSuspended()])
        .when(aSuspendProduction())
        .thenThrows(SuspensionAlreadyInForce));

    it('is lifted by the supervising leader with a reason', () =>
      given([...history.inRemediation, aProductionSuspended()])
        .when(aLiftSuspension())
        .then([aSuspensionLifted()]));

    it('refuses lifting an order that is not in force', () =>
      given([...history.inRemediation, aProductionSuspended()])
        .when(aLiftSuspension({ orderNo: '上应急停〔2024〕9号' }))
        .thenThrows(SuspensionNotInForce));

    it('refuses lifting without a reason', () =>
      given([...history.inRemediation, aProductionSuspended()])
        .when(aLiftSuspension({ reason: '' }))
        .thenThrows(ReasonRequired));

    it('lets the enterprise lift its own stop for a general hazard', () =>
      given([...history.generalDetermined, aProductionSuspended({ ...selfImposed, issuer: 'enterprise' })])
        .when(aLiftSuspension(selfImposed, { actor: principal }))
        .then([aSuspensionLifted({ ...selfImposed, liftedBy: principal.id })]));

    it('does not let the enterprise lift a regulator’s order', () =>
      given([...history.generalDetermined, aProductionSuspended()])
        .when(aLiftSuspension({}, { actor: principal }))
        .thenThrows(NotAuthorisedForAction));

    it('does not let the enterprise resume production on an open major hazard (16号令 Art. 18)', () =>
      given([...history.majorDetermined, aProductionSuspended({ ...selfImposed, issuer: 'enterprise' })])
        .when(aLiftSuspension(selfImposed, { actor: principal }))
        .thenThrows(NotAuthorisedForAction));
  });

  describe('when a signature is revoked', () => {
    it('records the reviewer revoking their own review signature', () =>
      given([...history.signOffRequested, aSiteReviewSigned(inspectorB)])
        .when(aRevokeSignature())
        .then([aSignatureRevoked()]));

    it('lets the supervising leader revoke another person’s signature', () =>
      given([...history.signOffRequested, aSiteReviewSigned(inspectorB)])
        .when(aRevokeSignature({}, { actor: leader }))
        .then([aSignatureRevoked({ revokedBy: leader.id })]));

    it('does not let one inspector revoke another’s signature', () =>
      given([...history.signOffRequested, aSiteReviewSigned(inspectorB)])
        .when(aRevokeSignature({}, { actor: inspectorC }))
        .thenThrows(NotAuthorisedForAction));

    it('refuses a signature that was never given', () =>
      given(history.signOffRequested).when(aRevokeSignature()).thenThrows(UnknownSignature));

    it('refuses revoking the same signature twice', () =>
      given([...history.signOffRequested, aSiteReviewSigned(inspectorB), aSignatureRevoked()])
        .when(aRevokeSignature())
        .thenThrows(UnknownSignature));

    it('refuses a revocation without a reason', () =>
      given([...history.signOffRequested, aSiteReviewSigned(inspectorB)])
        .when(aRevokeSignature({ reason: '' }))
        .thenThrows(ReasonRequired));

    it('lets the principal revoke their own sign-off request signature', () => {
      const signatureRef = { eventType: 'SignOffRequested', signerId: principal.id };
      return given(history.signOffRequested)
        .when(aRevokeSignature({ signatureRef }, { actor: principal }))
        .then([aSignatureRevoked({ signatureRef, revokedBy: principal.id })]);
    });

    it('lets a reviewer sign again after revoking', () =>
      given([...history.signOffRequested, aSiteReviewSigned(inspectorB), aSignatureRevoked()])
        .when(aSignSiteReview())
        .then([aSiteReviewSigned(inspectorB)]));
  });
});
