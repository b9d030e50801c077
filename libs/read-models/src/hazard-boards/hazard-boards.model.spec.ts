import { RecordedEvent } from '@hazard-ledger/domain';
import * as fx from '@hazard-ledger/domain/fixtures/hazard';
import { recordedAs } from '@hazard-ledger/testing';
import { advanceEntity, EntityModel, MineInfo } from '@hazard-ledger/projection-engine';
import { HazardRecord } from '../hazard-record/hazard-record';
import { dualReportBoardModel } from './dual-report-board.model';
import { supervisionBoardModel } from './supervision-board.model';

const mine: MineInfo = {
  mineId: fx.MINE_ID,
  name: '示范铁矿',
  jurisdiction: '140404',
  siteType: 'underground',
  riskGrade: null,
};
const mines = () => mine;
const delivered = (events: { type: string; data: object }[]): RecordedEvent[] =>
  events.map((e, i) =>
    recordedAs(`hazard-${fx.HAZARD_ID}`, i, e, {
      recordedAt: `2024-03-${String(10 + i).padStart(2, '0')}T09:00:00.000000Z`,
    }),
  );

const given = <Row>(model: EntityModel<HazardRecord, Row>, events: { type: string; data: object }[]) => {
  const step = advanceEntity(model, { id: fx.HAZARD_ID, state: undefined, revision: '-1' }, delivered(events), mines);
  return {
    step,
    then: (expected: Partial<Row> | undefined) =>
      expected === undefined
        ? expect(step.system.at(-1)?.row).toBeUndefined()
        : expect(step.system.at(-1)?.row).toEqual(expect.objectContaining(expected)),
  };
};

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

describe('挂牌督办 board', () => {
  it('an unlisted major hazard is not on the board', () =>
    given(supervisionBoardModel, fx.history.dualReported).then(undefined));

  it('a listed hazard shows its listing and deadline', () =>
    given(supervisionBoardModel, fx.history.listed).then({
      noticeNo: fx.aSupervisionListed().data.noticeNo,
      deadline: fx.LISTING_DEADLINE,
      extensions: [],
      pending: true,
    }));

  it('an extension request and its grant are both kept, and the deadline moves', () => {
    const requested = fx.anExtensionRequested();
    const granted = fx.anExtensionGranted();
    given(supervisionBoardModel, [...fx.history.inRemediation, requested, granted]).then({
      deadline: granted.data.newDeadline,
      extensionsGranted: 1,
      extensions: [
        expect.objectContaining({
          newDeadline: requested.data.newDeadline,
          decision: 'granted',
          decidedBy: granted.data.grantedBy,
        }),
      ],
    });
  });

  it('a refused extension keeps the deadline', () =>
    given(supervisionBoardModel, [
      ...fx.history.inRemediation,
      fx.anExtensionRequested(),
      fx.anExtensionRefused(),
    ]).then({
      deadline: fx.aRemediationPlanAccepted({ planVersion: 2 }).data.deadline,
      extensionsGranted: 0,
      extensions: [expect.objectContaining({ decision: 'refused' })],
    }));

  it('events arriving twice change nothing', () => {
    const { step } = given(supervisionBoardModel, fx.history.listed);
    expect(advanceEntity(supervisionBoardModel, step.stored, delivered(fx.history.listed), mines).system).toEqual([]);
  });
});
