import { PermitCommand } from '../shared/permit-command';
import { ApproveHotWorkPermitRequest } from './approve-hot-work-permit.request';

export class ApproveHotWorkPermitCommand extends PermitCommand<ApproveHotWorkPermitRequest> {}
