import * as fx from '@hazard-ledger/domain/fixtures/hazard';
import { advanceEntity } from '@hazard-ledger/projection-engine';
import { delivered, given, mines } from '../hazard-record/board-given.fixture';
import { dualReportBoardModel } from './dual-report-board.model';

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

  it('events arriving twice change nothing', () => {
    const { step } = given(dualReportBoardModel, fx.history.dualReported);
    const again = advanceEntity(dualReportBoardModel, step.stored, delivered(fx.history.dualReported), mines);
    expect(again.system).toEqual([]);
  });
});
