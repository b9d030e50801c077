import { decision, givenRows, payment, penaltyHistory } from '../document-register/enforcement-history.fixture';
import { penaltyRegisterModel } from './penalty-register.model';

describe('行政处罚台账 (penalty register)', () => {
  it('given a 一案双罚 decision, then both targets are listed and nothing is flagged', () =>
    expect(
      givenRows(
        penaltyRegisterModel,
        'p1',
        penaltyHistory(
          decision([
            { kind: 'company', amountYuan: 150000 },
            { kind: 'principal', amountYuan: 30000 },
          ]),
        ),
      ).latest,
    ).toMatchObject({ totalYuan: 180000, belowMinimum: false, noIndividualTarget: false, fullyPaid: false }));

  it('given a company-only decision below the minimum, then both flags are set', () =>
    expect(
      givenRows(penaltyRegisterModel, 'p1', penaltyHistory(decision([{ kind: 'company', amountYuan: 50000 }]))).latest,
    ).toMatchObject({
      belowMinimum: true,
      noIndividualTarget: true,
      targets: [expect.objectContaining({ minimumYuan: 100000, belowMinimum: true })],
    }));

  it('given payments, then paid amounts per target and paid in full once every target paid', () => {
    const steps = [
      decision([
        { kind: 'company', amountYuan: 150000 },
        { kind: 'principal', amountYuan: 30000 },
      ]),
      payment('t1', 150000),
    ];
    const partly = givenRows(penaltyRegisterModel, 'p1', penaltyHistory(...steps)).latest;
    expect(partly).toMatchObject({
      paidYuan: 150000,
      fullyPaid: false,
      targets: [expect.objectContaining({ fullyPaid: true }), expect.objectContaining({ paidYuan: 0 })],
    });
    const paid = givenRows(penaltyRegisterModel, 'p1', penaltyHistory(...steps, payment('t2', 30000))).latest;
    expect(paid).toMatchObject({ paidYuan: 180000, fullyPaid: true });
  });
});
