import { NewDeadlineDto } from '../shared/new-deadline.dto';

export class RequestExtensionRequest extends NewDeadlineDto {}
