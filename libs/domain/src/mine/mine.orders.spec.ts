import { DeciderSpecification } from '@hazard-ledger/testing';
import { fold } from '../shared/decider';
import { mineDecider } from './mine.decider';
import { InvalidMineTransition, MineDetailsInvalid } from './mine.errors';
import { aMineRegistered, aSupervisingLeader, MINE_ID } from './mine.fixtures';
import {
  HazardsNotSignedOff,
  MineDocumentNotApplicable,
  MineDocumentNotInForce,
  MineDocumentUnknown,
  MineSignatureRequired,
} from './mine.order.errors';
import {
  aMineProductionResumed,
  aMineProductionSuspended,
  anApprovalDocument,
  anOrderDocument,
  aResumeMineProduction,
  aSignature,
  aSuspendMineProduction,
  HAZARD_ID,
  hazardFacts,
} from './mine.order.fixtures';

const given = DeciderSpecification.for(mineDecider);
const registered = aMineRegistered();
const suspended = [registered, aMineProductionSuspended()];
const OTHER_HAZARD = 'hz-0002';
const twoHazards = anOrderDocument({ hazardIds: [HAZARD_ID, OTHER_HAZARD] });

describe('Mine orders that bind (停产整顿 / 复产)', () => {
  describe('when a 停产整顿 order is issued', () => {
    it('suspends the mine under the signed order, naming its document, number and hazards', () =>
      given([registered]).when(aSuspendMineProduction()).then([aMineProductionSuspended()]));

    it('shows the order and its hazards in the mine’s state from the day it was issued', () =>
      expect(fold(mineDecider, suspended)).toMatchObject({
        status: 'Suspended',
        suspension: { orderNo: '长上应急停〔2024〕3号', orderDocumentId: 'doc-order-1', hazardIds: [HAZARD_ID] },
      }));

    it.each([
      ['no such document', { order: null }, MineDocumentUnknown],
      [
        'a document of another kind',
        { order: anOrderDocument({ kind: 'rectification_order' }) },
        MineDocumentNotApplicable,
      ],
      ['another mine’s order', { order: anOrderDocument({ mineId: 'mine-other' }) }, MineDocumentNotApplicable],
      ['an unsigned or revoked order', { order: anOrderDocument({ inForce: false }) }, MineDocumentNotInForce],
      ['a hazard of another mine', { hazards: [hazardFacts({ mineId: 'mine-other' })] }, MineDetailsInvalid],
      ['a hazard that does not exist', { hazards: [hazardFacts({ mineId: null })] }, MineDetailsInvalid],
      ['no signature', { signature: undefined }, MineSignatureRequired],
      [
        'someone else’s signature',
        { signature: aSignature({ ...aSupervisingLeader, id: 'x' }) },
        MineSignatureRequired,
      ],
    ] as const)('refuses %s', (_case, data, error) =>
      given([registered]).when(aSuspendMineProduction(data)).thenThrows(error),
    );

    it('widens a partial order by a full one and keeps the earlier order’s hazards', () => {
      const partial = aMineProductionSuspended({ scope: { extent: 'partial', area: '-120m' }, orderNo: 'P-1' });
      const widening = aSuspendMineProduction({
        order: anOrderDocument({ documentId: 'doc-order-2', hazardIds: [OTHER_HAZARD] }),
        documentId: 'doc-order-2',
        hazards: [hazardFacts({ hazardId: OTHER_HAZARD })],
      });
      const event = aMineProductionSuspended({
        orderDocumentId: 'doc-order-2',
        hazardIds: [OTHER_HAZARD],
        supersedes: 'P-1',
      });
      given([registered, partial]).when(widening).then([event]);
      expect(fold(mineDecider, [registered, partial, event])).toMatchObject({
        suspension: { hazardIds: [HAZARD_ID, OTHER_HAZARD], since: partial.data.suspendedAt },
      });
    });
  });

  describe('when 复产 is asked for', () => {
    it('resumes production on a signed approval citing the 销号 of every hazard the order named', () =>
      given(suspended).when(aResumeMineProduction()).then([aMineProductionResumed()]));

    it('is refused while a hazard the order named is not signed off, naming it', () =>
      given(suspended)
        .when(aResumeMineProduction({ hazards: [hazardFacts()] }))
        .thenThrows(HazardsNotSignedOff, (e) => {
          expect((e as HazardsNotSignedOff).hazardIds).toEqual([HAZARD_ID]);
          expect((e as HazardsNotSignedOff).messageZh).toContain(HAZARD_ID);
        }));

    it('names only the hazards still open when some are signed off', () =>
      given([registered, aMineProductionSuspended({ hazardIds: [HAZARD_ID, OTHER_HAZARD] })])
        .when(
          aResumeMineProduction({
            hazards: [hazardFacts({ signedOff: true }), hazardFacts({ hazardId: OTHER_HAZARD })],
          }),
        )
        .thenThrows(HazardsNotSignedOff, (e) => expect((e as HazardsNotSignedOff).hazardIds).toEqual([OTHER_HAZARD])));

    it('is refused when the facts of a named hazard are missing', () =>
      given(suspended)
        .when(aResumeMineProduction({ hazards: [] }))
        .thenThrows(HazardsNotSignedOff));

    it.each([
      ['no such approval', { approval: null }, MineDocumentUnknown],
      ['the order itself', { approval: twoHazards, documentId: twoHazards.documentId }, MineDocumentNotApplicable],
      [
        'another mine’s approval',
        { approval: anApprovalDocument({ mineId: 'mine-other' }) },
        MineDocumentNotApplicable,
      ],
      ['an approval not in force', { approval: anApprovalDocument({ inForce: false }) }, MineDocumentNotInForce],
      ['no signature', { signature: undefined }, MineSignatureRequired],
    ] as const)('refuses %s', (_case, data, error) =>
      given(suspended).when(aResumeMineProduction(data)).thenThrows(error),
    );

    it('is refused on a producing mine', () =>
      given([registered]).when(aResumeMineProduction()).thenThrows(InvalidMineTransition));

    it('leaves the mine producing with no suspension', () =>
      expect(fold(mineDecider, [...suspended, aMineProductionResumed()])).toMatchObject({
        status: 'Producing',
        mineId: MINE_ID,
      }));
  });

  it('replays suspensions written before orders cited documents (no hazards named)', () => {
    const legacy = aMineProductionSuspended({ orderDocumentId: undefined, hazardIds: undefined });
    expect(fold(mineDecider, [registered, legacy])).toMatchObject({ suspension: { hazardIds: [] } });
  });
});
