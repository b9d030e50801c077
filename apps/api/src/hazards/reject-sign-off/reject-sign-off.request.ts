import { NewDeadlineDto } from '../shared/new-deadline.dto';

/** Work resumes under the new deadline; a fresh evaluation and site review are then due. */
export class RejectSignOffRequest extends NewDeadlineDto {}
