import { DeciderSpecification } from '@hazard-ledger/testing';
import { hazardDecider } from './hazard.decider';
import { InspectionFindingViaInspection, NotAuthorisedForAction, SignatureRequired } from './hazard.errors';
import {
  aChangeHazardGrade,
  actors,
  aDiscoverHazard,
  aHazardGradeChanged,
  aSignature,
  history,
  MEANING,
} from './hazard.fixtures';

/** The reviewer's holes in discovery and grading (issue 13 item 7, review of 2026-12-07, items 4 and 5). */
const given = DeciderSpecification.for(hazardDecider);
const { inspectorA, inspectorB, principal } = actors;

describe('Hazard review holes: discovery and grading (issue 13 item 7)', () => {
  describe('4. when a regulator records a hazard found by inspection', () => {
    const byInspector = (linkedRef?: { kind: 'inspection' | 'complaint'; id: string }) =>
      aDiscoverHazard(
        { source: 'inspection', linkedRef, signature: aSignature(inspectorA, MEANING.discovery) },
        { actor: inspectorA },
      );

    it.each([
      ['outside any inspection', undefined],
      ['linked to something else than an inspection', { kind: 'complaint' as const, id: 'complaint-1' }],
    ])('refuses it %s', (_, linkedRef) =>
      given([]).when(byInspector(linkedRef)).thenThrows(InspectionFindingViaInspection),
    );
  });

  describe('5. when a hazard is upgraded (一般→重大: a major determination, §8.2 row 1)', () => {
    it('refuses an unsigned upgrade', () =>
      given(history.generalDetermined)
        .when(aChangeHazardGrade({ signature: undefined }))
        .thenThrows(SignatureRequired));

    it('refuses an upgrade signed by someone else', () =>
      given(history.generalDetermined)
        .when(aChangeHazardGrade({ signature: aSignature(inspectorB, MEANING.determination) }))
        .thenThrows(SignatureRequired));

    it('refuses the enterprise upgrading a regulator’s finding', () =>
      given(history.orderedGeneral)
        .when(aChangeHazardGrade({ signature: aSignature(principal, MEANING.determination) }, { actor: principal }))
        .thenThrows(NotAuthorisedForAction));

    it('records the upgrader’s signature as a determination', () =>
      given(history.generalDetermined).when(aChangeHazardGrade()).then([aHazardGradeChanged()]));
  });
});
