import { PasswordDto } from '../shared/hazard-dto';

/** 书面申请销号: the principal signs the request over the record as it stands (evaluation and both receipts). */
export class RequestSignOffRequest extends PasswordDto {}
