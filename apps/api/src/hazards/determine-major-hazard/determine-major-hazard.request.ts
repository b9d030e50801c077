import { ClauseIdProperty, PasswordDto } from '../shared/hazard-dto';

export class DetermineMajorHazardRequest extends PasswordDto {
  @ClauseIdProperty(true)
  clauseId!: string;
}
