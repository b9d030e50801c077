import { EvidenceDto, EvidenceList } from '../shared/evidence.dto';
import { PasswordField, ReasonDto } from '../shared/hazard-dto';

/** The most scrutinised act in 倒查: a leader other than the finder, with a reason and evidence. */
export class VoidHazardRequest extends ReasonDto {
  @EvidenceList()
  evidence!: EvidenceDto[];

  @PasswordField()
  password!: string;
}
