import { PasswordDto } from '../../hazards/shared/hazard-dto';

/** Each member signs with their own login and re-entered password; meaning and content are fixed by the command. */
export class SignInspectionResultRequest extends PasswordDto {}
