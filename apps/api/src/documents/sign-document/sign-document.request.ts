import { PasswordDto } from '../../hazards/shared/hazard-dto';

/** Only the re-entered password: what is signed and its meaning are fixed by the command. */
export class SignDocumentRequest extends PasswordDto {}
