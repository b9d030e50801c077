import { ApiProperty } from '@nestjs/swagger';
import { IsText, LIMITS, ReasonDto } from '../shared/hazard-dto';

export class LiftSuspensionRequest extends ReasonDto {
  @ApiProperty({ example: '上应急停〔2024〕1号', description: '要解除的停产指令 / the order being lifted' })
  @IsText(LIMITS.name)
  orderNo!: string;
}
