import { PermitCommand } from '../shared/permit-command';
import { FinishHotWorkRequest } from './finish-hot-work.request';

export class FinishHotWorkCommand extends PermitCommand<FinishHotWorkRequest> {}
