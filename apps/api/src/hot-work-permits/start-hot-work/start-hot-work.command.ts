import { PermitCommand } from '../shared/permit-command';
import { StartHotWorkRequest } from './start-hot-work.request';

export class StartHotWorkCommand extends PermitCommand<StartHotWorkRequest> {}
