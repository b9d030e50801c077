import { DeciderSpecification } from '@hazard-ledger/testing';
import { fold } from '../shared/decider';
import { hazardDecider } from './hazard.decider';
import { FieldRequired } from './hazard.errors';
import { aDiscoverHazard, aHazardDiscovered } from './hazard.fixtures';

const given = DeciderSpecification.for(hazardDecider);

/** Issue 14 item 2: a hazard may name the contractor (外包单位) whose work it concerns. */
describe('Hazard: the contractor dimension', () => {
  it('given nothing, when found in a contractor’s work, then the discovery names the contractor', () =>
    given([])
      .when(aDiscoverHazard({ contractorId: 'contractor-7' }))
      .then([aHazardDiscovered({ contractorId: 'contractor-7' })]));

  it('given nothing, when found with no contractor, then the event carries none (old streams unchanged)', () => {
    const [event] = hazardDecider.decide(aDiscoverHazard(), hazardDecider.initialState());
    expect(event.data).not.toHaveProperty('contractorId');
  });

  it('given nothing, when the contractor id is blank, then it is refused', () =>
    given([])
      .when(aDiscoverHazard({ contractorId: '  ' }))
      .thenThrows(FieldRequired));

  it('given a discovery naming a contractor, then the hazard folds as any other discovery', () =>
    expect(fold(hazardDecider, [aHazardDiscovered({ contractorId: 'contractor-7' })])).toMatchObject({
      status: 'discovered',
    }));
});
