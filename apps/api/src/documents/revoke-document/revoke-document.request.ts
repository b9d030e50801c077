import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
import { IsRecordId, ReasonDto } from '../../hazards/shared/hazard-dto';

export class RevokeDocumentRequest extends ReasonDto {
  @ApiPropertyOptional({
    example: 'doc-0002',
    description: '更正：替代本文书的文书 / correction: the replacing document',
  })
  @IsOptional()
  @IsRecordId()
  replacedBy?: string;
}
