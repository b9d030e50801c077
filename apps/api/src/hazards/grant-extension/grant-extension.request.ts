import { PasswordField } from '../shared/hazard-dto';
import { NewDeadlineDto } from '../shared/new-deadline.dto';

/** A regulator's signed act (issue 13 item 7). */
export class GrantExtensionRequest extends NewDeadlineDto {
  @PasswordField()
  password!: string;
}
