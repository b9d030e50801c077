import { ApiProperty } from '@nestjs/swagger';
import { IsText, LIMITS, PasswordDto } from '../shared/hazard-dto';

export class SignOffHazardRequest extends PasswordDto {
  @ApiProperty({ example: '上应急销〔2024〕5号', maxLength: LIMITS.name })
  @IsText(LIMITS.name)
  decisionNo!: string;
}
