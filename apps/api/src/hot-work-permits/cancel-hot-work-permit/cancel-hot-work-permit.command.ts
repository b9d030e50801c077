import { PermitCommand } from '../shared/permit-command';
import { CancelHotWorkPermitRequest } from './cancel-hot-work-permit.request';

export class CancelHotWorkPermitCommand extends PermitCommand<CancelHotWorkPermitRequest> {}
