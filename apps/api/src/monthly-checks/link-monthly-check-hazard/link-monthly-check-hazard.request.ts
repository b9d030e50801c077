import { ApiProperty } from '@nestjs/swagger';
import { IsRecordId } from '../../hazards/shared/hazard-dto';

/** A hazard this check found, discovered first through POST /hazards (source monthly_check, linkedRef to this check). */
export class LinkMonthlyCheckHazardRequest {
  @ApiProperty({ example: '6f1c2a4e-8d0b-4c55-9a57-3e1f0c9d2b11' })
  @IsRecordId()
  hazardId!: string;
}
