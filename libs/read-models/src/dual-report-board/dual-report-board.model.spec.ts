import * as fx from '@hazard-ledger/domain/fixtures/hazard';
import { advanceEntity } from '@hazard-ledger/projection-engine';
import { delivered, given, mines } from '../hazard-record/board-given.fixture';
import { dualReportBoardModel } from './dual-report-board.model';

const downgrade = fx.aHazardGradeChanged({
  from: 'major',
  to: 'general',
  clauseId: undefined,
  changedBy: fx.actors.leader2.id,
  changedAt: '2024-03-12T09:00:00.000Z',
});

describe('双报告 board', () => {
  it('a general hazard is not on the board', () =>
    given(dualReportBoardModel, fx.history.generalDetermined).then(undefined));

  it('a major hazard appears when determined, with no report yet', () =>
    given(dualReportBoardModel, fx.history.majorDetermined).then({
      determinedAt: fx.aMajorHazardDetermined().data.determinedAt,
      regulator: expect.objectContaining({ submittedAt: null, receivedAt: null }),
    }));

  it('records each report’s submission and receipt', () =>
    given(dualReportBoardModel, fx.history.dualReported).then({
      regulator: expect.objectContaining({
        submittedAt: fx.aDualReportSubmitted({ recipient: 'regulator' }).data.submittedAt,
        receivedAt: fx.aDualReportReceived({ recipient: 'regulator' }).data.receivedAt,
      }),
      workersCongress: expect.objectContaining({
        receivedAt: fx.aDualReportReceived({ recipient: 'workers_congress' }).data.receivedAt,
      }),
    }));

  it('a downgraded hazard stays on the board, marked downgraded, with its major-period reports (issue 13)', () =>
    given(dualReportBoardModel, [...fx.history.majorDetermined, downgrade]).then({
      status: 'general_determined',
      determinedAt: fx.aMajorHazardDetermined().data.determinedAt,
      downgradedAt: downgrade.data.changedAt,
      regulator: expect.objectContaining({ submittedAt: null, receivedAt: null }),
    }));

  it('events arriving twice change nothing', () => {
    const { step } = given(dualReportBoardModel, fx.history.dualReported);
    const again = advanceEntity(dualReportBoardModel, step.stored, delivered(fx.history.dualReported), mines);
    expect(again.system).toEqual([]);
  });
});
