import { ApiProperty } from '@nestjs/swagger';

/** What an upload answers: the digest to cite as evidence `{ hash, alg: "sm3", name, mime }`. */
export class UploadedFileView {
  @ApiProperty({ example: '66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0' })
  hash!: string;

  @ApiProperty({ enum: ['sm3'], example: 'sm3' })
  alg!: 'sm3';

  @ApiProperty({ example: 'exit-blocked.jpg' })
  name!: string;

  @ApiProperty({ example: 'image/jpeg', description: '按文件内容判定 / judged from the content' })
  mime!: string;

  @ApiProperty({ enum: ['image', 'video', 'document'] })
  kind!: string;

  @ApiProperty({ example: 123456 })
  size!: number;

  @ApiProperty({ description: '否：同一内容早已存储 / false: the same bytes were already held' })
  created!: boolean;

  @ApiProperty({ example: 'evidence-files@2026.1' })
  policyVersion!: string;
}
