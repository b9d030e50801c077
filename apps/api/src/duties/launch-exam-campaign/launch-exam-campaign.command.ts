import { Command } from '@nestjs/cqrs';
import { Request } from 'express';
import { Actor } from '@hazard-ledger/domain';
import { CommandAccepted } from '../../shared/command-gateway';
import { LaunchExamCampaignRequest } from './launch-exam-campaign.request';

export class LaunchExamCampaignCommand extends Command<CommandAccepted> {
  constructor(
    readonly body: LaunchExamCampaignRequest,
    readonly actor: Actor,
    readonly request: Request,
  ) {
    super();
  }
}
