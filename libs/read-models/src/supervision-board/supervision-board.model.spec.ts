import * as fx from '@hazard-ledger/domain/fixtures/hazard';
import { advanceEntity } from '@hazard-ledger/projection-engine';
import { delivered, given, mines } from '../hazard-record/board-given.fixture';
import { supervisionBoardModel } from './supervision-board.model';

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

  it('a listed hazard downgraded later keeps its listing on the board, marked downgraded (issue 13)', () => {
    const downgrade = fx.aHazardGradeChanged({ from: 'major', to: 'general', clauseId: undefined });
    return given(supervisionBoardModel, [...fx.history.listed, downgrade]).then({
      noticeNo: fx.aSupervisionListed().data.noticeNo,
      listingDeadline: fx.LISTING_DEADLINE,
      downgradedAt: downgrade.data.changedAt,
    });
  });

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
