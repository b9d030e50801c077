import { DeciderSpecification } from '@hazard-ledger/testing';
import { ROLES } from '../shared/actor';
import { tipCommandAccess } from './tip.access';
import { TipCommand, TipCommandType } from './tip.commands';
import { tipDecider } from './tip.decider';
import * as E from './tip.errors';
import * as fx from './tip.fixtures';

const given = DeciderSpecification.for(tipDecider);
const decide = (history: ReturnType<typeof fx.historyOf>, command: TipCommand) =>
  tipDecider.decide(command, history.reduce(tipDecider.evolve, tipDecider.initialState()));

describe('Tip: the reporter identity (reveal and crypto-shredding)', () => {
  it('given a named tip, when the custodian reveals it with a reason, then the reveal is an event with who and why', () =>
    expect(decide(fx.history.fedBack(), fx.aReveal())[0]).toEqual({
      type: 'TipIdentityRevealed',
      data: {
        tipId: fx.TIP_ID,
        by: 'custodian-1',
        revealedAt: fx.NOW,
        vaultRef: 'vault-1',
        reason: '核实举报人是否遭受打击报复',
      },
    }));

  it('given a shredded identity, when revealed or shredded again, then it is destroyed', () => {
    const shredded = [...fx.history.fedBack(), ...decide(fx.history.fedBack(), fx.aShred())];
    given(shredded).when(fx.aReveal()).thenThrows(E.TipIdentityDestroyed);
    given(shredded).when(fx.aShred()).thenThrows(E.TipIdentityDestroyed);
  });

  it('given a recent tip, when shredded because retention ended, then it is refused until the policy period passes', () => {
    given(fx.history.fedBack())
      .when(fx.aShred({ ground: 'retention_ended' }))
      .thenThrows(E.TipRetentionNotEnded);
    expect(
      decide(fx.history.fedBack(), fx.aShred({ ground: 'retention_ended' }, { now: '2029-03-11T00:00:00.000Z' })),
    ).toHaveLength(1);
  });

  it('given an anonymous tip, when revealed, then there is no identity to reveal', () =>
    given(
      fx.historyOf(
        fx.aReceiveTip({ reporter: { kind: 'anonymous', internal: false, vaultRef: 'v', ciphertextSha256: null } }),
      ),
    )
      .when(fx.aReveal())
      .thenThrows(E.NoTipIdentityHeld));

  it('given a reveal without a reason, then it is refused', () =>
    given(fx.history.received())
      .when(fx.aReveal({ reason: '' }))
      .thenThrows(E.TipDetailsInvalid));
});

describe('Tip: roles × commands', () => {
  const types = Object.keys(tipCommandAccess) as TipCommandType[];
  it.each(ROLES.flatMap((role) => types.map((type) => [role, type] as const)))('%s × %s', (role, type) => {
    const allowed = tipCommandAccess[type].roles.includes(role);
    const expected =
      type === 'RevealTipIdentity' || type === 'ShredTipIdentity'
        ? role === 'identity_custodian'
        : [
              'AssignTip',
              'ExtendTipDeadline',
              'ReReviewTip',
              'DecideTipReward',
              'PayTipReward',
              'OpenTipAccountability',
            ].includes(type)
          ? role === 'supervising_leader'
          : role === 'inspector' || role === 'supervising_leader';
    expect(allowed).toBe(expected);
  });

  it('the custodian does nothing but reveal and shred', () =>
    expect(types.filter((t) => tipCommandAccess[t].roles.includes('identity_custodian')).sort()).toEqual([
      'RevealTipIdentity',
      'ShredTipIdentity',
    ]));
});
