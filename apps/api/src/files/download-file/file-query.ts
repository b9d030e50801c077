import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsUUID } from 'class-validator';

/** The record a file is read through (exactly one): its read scope decides, and the file must be cited by it. */
export class FileQuery {
  @ApiPropertyOptional({
    example: '6f1c2a4e-8d0b-4c55-9a57-3e1f0c9d2b11',
    description: '引用该文件的隐患 / The hazard that cites the file (photos, scanned reports)',
  })
  @IsOptional()
  @IsUUID('all', { message: 'hazardId 须为 UUID / hazardId must be a UUID' })
  hazardId?: string;

  @ApiPropertyOptional({
    example: '0b7e6c1d-3f2a-4c9b-8e51-9d4a2f6b7c10',
    description: '引用该文件的检查（执法记录仪）/ The inspection that cites the file (recorder footage)',
  })
  @IsOptional()
  @IsUUID('all', { message: 'inspectionId 须为 UUID / inspectionId must be a UUID' })
  inspectionId?: string;
}
