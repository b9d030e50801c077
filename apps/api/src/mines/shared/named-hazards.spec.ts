import { HazardEvent } from '@hazard-ledger/domain';
import * as hz from '../../../../../libs/domain/src/hazard/hazard.fixtures';
import { namedHazardFacts } from './named-hazards';

const { history } = hz;
const HAZARD = 'hz-named';
const thenFacts = (events: HazardEvent[]) => namedHazardFacts(HAZARD, events);
const signOffRevoked = () =>
  hz.aSignatureRevoked({ signatureRef: { eventType: 'HazardSignedOff', signerId: hz.actors.leader2.id } });

describe('a named hazard counts as signed off for 复产 only while its 销号 stands', () => {
  it('given a sign-off, and a closure after it: signed off, with its decision number', () => {
    for (const events of [history.signedOff, history.majorClosed])
      expect(thenFacts(events)).toMatchObject({ signedOff: true, signOffDecisionNo: '上应急销〔2024〕5号' });
  });

  it('given no sign-off: not signed off', () =>
    expect(thenFacts(history.reviewedByTwo)).toMatchObject({ signedOff: false }));

  it('given a sign-off revoked, then escalation and a closure on another ground: not signed off', () => {
    const events = [...history.signedOff, signOffRevoked(), hz.aHazardEscalated(), hz.aHazardClosed()];
    expect(thenFacts(events)).toMatchObject({ signedOff: false });
    expect(thenFacts(events)).not.toHaveProperty('signOffDecisionNo');
  });

  it('given a closed hazard whose sign-off is revoked afterwards: not signed off', () =>
    expect(thenFacts([...history.majorClosed, signOffRevoked()])).toMatchObject({ signedOff: false }));

  it('given a revoked sign-off signed again: signed off', () =>
    expect(thenFacts([...history.signedOff, signOffRevoked(), hz.aHazardSignedOff()])).toMatchObject({
      signedOff: true,
    }));
});
