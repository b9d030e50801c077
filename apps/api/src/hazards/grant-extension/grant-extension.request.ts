import { NewDeadlineDto } from '../shared/new-deadline.dto';

export class GrantExtensionRequest extends NewDeadlineDto {}
