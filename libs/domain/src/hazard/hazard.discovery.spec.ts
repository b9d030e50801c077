import { DeciderSpecification } from '@hazard-ledger/testing';
import { hazardDecider } from './hazard.decider';
import {
  FieldRequired,
  NotAuthorisedForAction,
  OccurredInFuture,
  SignatureRequired,
  UnknownClause,
} from './hazard.errors';
import {
  actors,
  aDetermineMajorHazard,
  aDiscoverHazard,
  aHazardDiscovered,
  aMajorHazardDetermined,
  aSignature,
  history,
  MEANING,
} from './hazard.fixtures';

const given = DeciderSpecification.for(hazardDecider);

describe('Hazard', () => {
  describe('when not yet discovered', () => {
    it('records a self-check discovery at the time the finder claims', () =>
      given([]).when(aDiscoverHazard()).then([aHazardDiscovered()]));

    it('records an inspector’s finding linked to the inspection', () =>
      given([])
        .when(
          aDiscoverHazard(
            {
              source: 'inspection',
              linkedRef: { kind: 'inspection', id: 'insp-1' },
              signature: aSignature(actors.inspectorA, MEANING.discovery),
            },
            { actor: actors.inspectorA },
          ),
        )
        .then([
          aHazardDiscovered({
            source: 'inspection',
            signature: aSignature(actors.inspectorA, MEANING.discovery),
            discoveredBy: actors.inspectorA.id,
            linkedRef: { kind: 'inspection', id: 'insp-1' },
          }),
        ]));

    it('refuses an enterprise user claiming a regulator’s inspection as the source', () =>
      given([])
        .when(aDiscoverHazard({ source: 'inspection' }))
        .thenThrows(NotAuthorisedForAction));

    it('refuses an inspector claiming the enterprise’s self-check as the source', () =>
      given([])
        .when(aDiscoverHazard({ source: 'self_check' }, { actor: actors.inspectorA }))
        .thenThrows(NotAuthorisedForAction));

    it('refuses a discovery time later than the server clock', () =>
      given([])
        .when(aDiscoverHazard({ occurredAt: '2024-03-10T09:00:01.000Z' }))
        .thenThrows(OccurredInFuture));

    it('refuses a discovery without a description', () =>
      given([])
        .when(aDiscoverHazard({ description: '  ' }))
        .thenThrows(FieldRequired));
  });

  describe('when discovered', () => {
    it('determines a major hazard citing the clause, its basic-condition tag and the catalogue and policy versions', () =>
      given(history.discovered).when(aDetermineMajorHazard()).then([aMajorHazardDetermined()]));

    it('records that a slope clause is not a basic-condition clause', () =>
      given(history.discovered)
        .when(aDetermineMajorHazard({ clauseId: 'MHS2022-OP-08' }))
        .then([aMajorHazardDetermined({ clauseId: 'MHS2022-OP-08', basicCondition: false })]));

    it('refuses a clause that is not in the catalogue', () =>
      given(history.discovered)
        .when(aDetermineMajorHazard({ clauseId: 'MHS2022-UG-99' }))
        .thenThrows(UnknownClause, (e) => expect((e as UnknownClause).catalogueVersion).toBe('MHS2022@test')));

    it('refuses a determination without the determiner’s own signature', () =>
      given(history.discovered)
        .when(aDetermineMajorHazard({ signature: undefined }))
        .thenThrows(SignatureRequired));

    it('refuses a determination signed by someone else', () =>
      given(history.discovered)
        .when(aDetermineMajorHazard({ signature: aSignature(actors.staff, 'x') }))
        .thenThrows(SignatureRequired));

    it('does not let the enterprise grade a hazard a regulator found', () =>
      given(history.foundByInspector).when(aDetermineMajorHazard()).thenThrows(NotAuthorisedForAction));

    it('lets the inspector grade the hazard the inspection found', () =>
      given(history.foundByInspector)
        .when(aDetermineMajorHazard({ signature: aSignature(actors.inspectorA, 'x') }, { actor: actors.inspectorA }))
        .then([
          aMajorHazardDetermined({ signature: aSignature(actors.inspectorA, 'x'), determinedBy: actors.inspectorA.id }),
        ]));
  });
});
