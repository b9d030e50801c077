import { DeciderSpecification } from '@hazard-ledger/testing';
import { ROLES } from '../shared/actor';
import { penaltyCommandAccess } from './penalty.access';
import { penaltyDecider } from './penalty.decider';
import {
  PenaltyAlreadyDecided,
  PenaltyDetailsInvalid,
  PenaltyDocumentNotInForce,
  PenaltyNotFound,
  PenaltySignatureRequired,
  PenaltyTargetSettled,
} from './penalty.errors';
import * as fx from './penalty.fixtures';

const given = DeciderSpecification.for(penaltyDecider);
const decided = fx.aPenaltyDecided();

describe('Penalty 行政处罚 (一案双罚)', () => {
  describe('deciding', () => {
    it('names each target with amount, basis, the minimum of the policy version, nothing flagged', () =>
      given([]).when(fx.aDecidePenalty()).then([decided]));

    it('flags a company-only decision: no 一案双罚', () =>
      given([])
        .when(fx.aDecidePenalty([fx.company]))
        .then([fx.aPenaltyDecided([fx.company], true)]));

    it('flags an amount below the statutory minimum of its basis', () => {
      const low = { ...fx.principal, amountYuan: 5000 };
      given([])
        .when(fx.aDecidePenalty([fx.company, low]))
        .then([fx.aPenaltyDecided([fx.company, low])]);
      expect(fx.judged(low).belowMinimum).toBe(true);
    });

    it('records no minimum (and flags nothing) for a basis the policy does not list', () => {
      const other = { ...fx.principal, legalBasis: '其他依据' };
      const [event] = penaltyDecider.decide(fx.aDecidePenalty([fx.company, other]), penaltyDecider.initialState());
      expect(event.type === 'PenaltyDecided' && event.data.targets[1]).toMatchObject({
        minimumYuan: null,
        belowMinimum: false,
      });
    });

    it('refuses a document that is not a 行政处罚决定书, no targets, repeated ids and bad amounts', () => {
      const cmd = fx.aDecidePenalty();
      given([])
        .when({ ...cmd, data: { ...cmd.data, document: { ...cmd.data.document, kind: 'rectification_order' } } })
        .thenThrows(PenaltyDetailsInvalid);
      given([])
        .when({ ...cmd, data: { ...cmd.data, document: { ...cmd.data.document, mineId: 'mine-2' } } })
        .thenThrows(PenaltyDetailsInvalid);
      given([]).when(fx.aDecidePenalty([])).thenThrows(PenaltyDetailsInvalid);
      given([])
        .when(fx.aDecidePenalty([fx.company, { ...fx.principal, targetId: 't1' }]))
        .thenThrows(PenaltyDetailsInvalid);
      for (const amountYuan of [0, -1, 1.234, Number.NaN])
        given([])
          .when(fx.aDecidePenalty([{ ...fx.company, amountYuan }]))
          .thenThrows(PenaltyDetailsInvalid);
    });
  });

  describe('what the decision cites, and its signature', () => {
    const cmd = fx.aDecidePenalty();
    const withData = (data: Partial<typeof cmd.data>) => ({ ...cmd, data: { ...cmd.data, ...data } });

    it('refuses a 行政处罚决定书 not in force (a draft, amended since signing, or revoked)', () =>
      given([])
        .when(withData({ document: { ...cmd.data.document, inForce: false } }))
        .thenThrows(PenaltyDocumentNotInForce));

    it('refuses a hazard of another mine, or one that does not exist', () => {
      given([])
        .when(withData({ hazards: [{ hazardId: 'hz-1', mineId: 'mine-2' }] }))
        .thenThrows(PenaltyDetailsInvalid);
      given([])
        .when(withData({ hazards: [{ hazardId: 'hz-1', mineId: null }] }))
        .thenThrows(PenaltyDetailsInvalid);
    });

    it("needs the decider's own signature (谁处罚、谁签名)", () => {
      given([])
        .when(withData({ signature: undefined }))
        .thenThrows(PenaltySignatureRequired);
      given([])
        .when(withData({ signature: { ...fx.aSignature(), signerId: 'someone-else' } }))
        .thenThrows(PenaltySignatureRequired);
    });
  });

  describe('payment and enforcement per target', () => {
    it('records partial and full payment of one target', () => {
      const [first] = penaltyDecider.decide(
        fx.aPayment(10000),
        penaltyDecider.evolve(penaltyDecider.initialState(), decided),
      );
      expect(first.data).toMatchObject({ paidTotalYuan: 10000, fullyPaid: false });
      given([decided, first])
        .when(fx.aPayment(20000))
        .then([
          {
            type: 'PenaltyPaymentRecorded',
            data: {
              ...fx.aPayment(20000).data,
              paidTotalYuan: 30000,
              fullyPaid: true,
              recordedBy: fx.recordedBy,
              recordedAt: fx.NOW,
            },
          },
        ]);
    });

    it('refuses overpayment and an unknown target', () => {
      given([decided]).when(fx.aPayment(30000.01)).thenThrows(PenaltyTargetSettled);
      given([decided]).when(fx.aPayment(1, 't9')).thenThrows(PenaltyDetailsInvalid);
    });

    it('records 强制执行 once, and never for a target that paid in full', () => {
      const enforced = {
        type: 'PenaltyEnforcementRequested' as const,
        data: { ...fx.anEnforcement().data, requestedBy: fx.recordedBy, requestedAt: fx.NOW },
      };
      given([decided]).when(fx.anEnforcement()).then([enforced]);
      given([decided, enforced]).when(fx.anEnforcement()).thenThrows(PenaltyTargetSettled);
      const paid = penaltyDecider.decide(
        fx.aPayment(30000),
        penaltyDecider.evolve(penaltyDecider.initialState(), decided),
      );
      given([decided, ...paid])
        .when(fx.anEnforcement())
        .thenThrows(PenaltyTargetSettled);
    });
  });

  describe('forbidden transitions', () => {
    it('a decision is made once', () => given([decided]).when(fx.aDecidePenalty()).thenThrows(PenaltyAlreadyDecided));
    it('nothing is paid or enforced before a decision', () => {
      given([]).when(fx.aPayment(1)).thenThrows(PenaltyNotFound);
      given([]).when(fx.anEnforcement()).thenThrows(PenaltyNotFound);
    });
  });

  it.each([
    ['DecidePenalty', ['supervising_leader']],
    ['RecordPenaltyPayment', ['inspector', 'supervising_leader']],
    ['RecordPenaltyEnforcement', ['supervising_leader']],
  ] as const)('roles × commands: %s only by %p', (type, roles) =>
    expect(ROLES.filter((r) => penaltyCommandAccess[type].roles.includes(r))).toEqual(roles),
  );
});
