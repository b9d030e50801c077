import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';

/** The record a file is read through: its read scope decides, and the file must be cited by it. */
export class FileQuery {
  @ApiProperty({
    example: '6f1c2a4e-8d0b-4c55-9a57-3e1f0c9d2b11',
    description: '引用该文件的隐患 / The hazard that cites the file',
  })
  @IsUUID('all', { message: 'hazardId 须为 UUID / hazardId must be a UUID' })
  hazardId!: string;
}
