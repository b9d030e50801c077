import { PasswordDto } from '../shared/hazard-dto';

/** The second leader signs with their own login: the request carries only their re-entered password. */
export class ApproveVoidRequest extends PasswordDto {}
