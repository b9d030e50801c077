import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { TipVaultModule } from '@hazard-ledger/tip-vault';
import { SharedModule } from '../shared/shared.module';
import { ReadsModule } from '../reads/reads.module';
import { ReceiveTipController } from './receive-tip/receive-tip.controller';
import { ReceiveTipHandler } from './receive-tip/receive-tip.handler';
import { AcceptTipController } from './accept-tip/accept-tip.controller';
import { AcceptTipHandler } from './accept-tip/accept-tip.handler';
import { RefuseTipController } from './refuse-tip/refuse-tip.controller';
import { RefuseTipHandler } from './refuse-tip/refuse-tip.handler';
import { AssignTipController } from './assign-tip/assign-tip.controller';
import { AssignTipHandler } from './assign-tip/assign-tip.handler';
import { ExtendTipDeadlineController } from './extend-tip-deadline/extend-tip-deadline.controller';
import { ExtendTipDeadlineHandler } from './extend-tip-deadline/extend-tip-deadline.handler';
import { VerifyTipController } from './verify-tip/verify-tip.controller';
import { VerifyTipHandler } from './verify-tip/verify-tip.handler';
import { HandleTipController } from './handle-tip/handle-tip.controller';
import { HandleTipHandler } from './handle-tip/handle-tip.handler';
import { SendTipFeedbackController } from './send-tip-feedback/send-tip-feedback.controller';
import { SendTipFeedbackHandler } from './send-tip-feedback/send-tip-feedback.handler';
import { RecordTipObjectionController } from './record-tip-objection/record-tip-objection.controller';
import { RecordTipObjectionHandler } from './record-tip-objection/record-tip-objection.handler';
import { ReReviewTipController } from './re-review-tip/re-review-tip.controller';
import { ReReviewTipHandler } from './re-review-tip/re-review-tip.handler';
import { DecideTipRewardController } from './decide-tip-reward/decide-tip-reward.controller';
import { DecideTipRewardHandler } from './decide-tip-reward/decide-tip-reward.handler';
import { PayTipRewardController } from './pay-tip-reward/pay-tip-reward.controller';
import { PayTipRewardHandler } from './pay-tip-reward/pay-tip-reward.handler';
import { OpenTipAccountabilityController } from './open-tip-accountability/open-tip-accountability.controller';
import { OpenTipAccountabilityHandler } from './open-tip-accountability/open-tip-accountability.handler';
import { LinkTipLaterEvidenceController } from './link-tip-later-evidence/link-tip-later-evidence.controller';
import { LinkTipLaterEvidenceHandler } from './link-tip-later-evidence/link-tip-later-evidence.handler';
import { RevealTipIdentityController } from './reveal-tip-identity/reveal-tip-identity.controller';
import { ShredTipIdentityController } from './shred-tip-identity/shred-tip-identity.controller';
import { FollowUpTipController } from './follow-up-tip/follow-up-tip.controller';
import { AttemptLimiter } from './follow-up-tip/attempt-limiter';
import { GetTipController } from './get-tip/get-tip.controller';
import { GetTipsBoardController } from './get-tips-board/get-tips-board.controller';
import { TipsBoardExportController } from './get-tips-board/tips-board-export.controller';
import { TipsBoardReader } from './get-tips-board/tips-board-read';
import { CustodianGateway } from './shared/custodian-gateway';
import { LinkedRecords } from './shared/linked-records';

/** 举报 over HTTP: one slice per command of libs/domain/src/tip, the custodian's reveal and shred, the reporter's follow-up, the board. */
@Module({
  // UserStore comes from AuthModule, registered globally by ApiModule.
  imports: [CqrsModule, SharedModule, ReadsModule, TipVaultModule],
  controllers: [
    // follow-up before :id routes, so "follow-up" is never taken for a tip id
    FollowUpTipController,
    ReceiveTipController,
    AcceptTipController,
    RefuseTipController,
    AssignTipController,
    ExtendTipDeadlineController,
    VerifyTipController,
    HandleTipController,
    SendTipFeedbackController,
    RecordTipObjectionController,
    ReReviewTipController,
    DecideTipRewardController,
    PayTipRewardController,
    OpenTipAccountabilityController,
    LinkTipLaterEvidenceController,
    RevealTipIdentityController,
    ShredTipIdentityController,
    GetTipsBoardController,
    TipsBoardExportController,
    GetTipController,
  ],
  providers: [
    ReceiveTipHandler,
    AcceptTipHandler,
    RefuseTipHandler,
    AssignTipHandler,
    ExtendTipDeadlineHandler,
    VerifyTipHandler,
    HandleTipHandler,
    SendTipFeedbackHandler,
    RecordTipObjectionHandler,
    ReReviewTipHandler,
    DecideTipRewardHandler,
    PayTipRewardHandler,
    OpenTipAccountabilityHandler,
    LinkTipLaterEvidenceHandler,
    CustodianGateway,
    LinkedRecords,
    AttemptLimiter,
    TipsBoardReader,
  ],
})
export class TipsModule {}
