import { ApiProperty } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { SERVICE_METHODS, ServiceMethod } from '@hazard-ledger/domain';
import { IsText, LIMITS } from '../../hazards/shared/hazard-dto';
import { IsNotFuture } from '../../hazards/shared/instant.validators';

export class ServeDocumentRequest {
  @ApiProperty({ enum: SERVICE_METHODS, example: 'in_person', description: '送达方式 / how it was served' })
  @IsIn(SERVICE_METHODS)
  method!: ServiceMethod;

  @ApiProperty({ example: '王建国（矿长）', maxLength: LIMITS.name, description: '受送达人 / to whom' })
  @IsText(LIMITS.name)
  recipient!: string;

  @ApiProperty({ example: '2024-05-10T10:00:00+08:00', description: '送达时间 / when (not in the future)' })
  @IsNotFuture()
  servedAt!: string;
}
