import { ApiProperty } from '@nestjs/swagger';
import { IsRecordId } from '../../hazards/shared/hazard-dto';

export class AssignTipRequest {
  @ApiProperty({ example: 'u-inspector-zhang', description: '承办人 / the regulator who will verify and handle it' })
  @IsRecordId()
  assigneeId!: string;
}
