import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsIn, IsOptional } from 'class-validator';
import { DOCUMENT_KINDS, DocumentContent, DocumentKind } from '@hazard-ledger/domain';
import { IsRecordId, IsText, LIMITS } from '../../hazards/shared/hazard-dto';
import { IsDocumentContent } from '../shared/document-dto';

export class DraftDocumentRequest {
  @ApiProperty({ enum: DOCUMENT_KINDS, example: 'suspension_order', description: '文书种类 / document kind' })
  @IsIn(DOCUMENT_KINDS)
  kind!: DocumentKind;

  @ApiProperty({ example: '(上)应急停〔2024〕3号', maxLength: LIMITS.name, description: '文书编号 / document number' })
  @IsText(LIMITS.name)
  docNo!: string;

  @ApiProperty({ example: 'mine-demo-1' })
  @IsRecordId()
  mineId!: string;

  @ApiPropertyOptional({ example: 'c1a7…', description: '所依据的检查 / the inspection (required for on-site kinds)' })
  @IsOptional()
  @IsRecordId()
  inspectionId?: string;

  @ApiProperty({ type: [String], example: [], description: '所涉隐患 / hazards the document concerns' })
  @IsArray()
  @ArrayMaxSize(LIMITS.list)
  @IsRecordId({ each: true })
  hazardIds!: string[];

  @IsDocumentContent()
  content!: DocumentContent;
}
