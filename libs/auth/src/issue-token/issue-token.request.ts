import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';

export class IssueTokenRequest {
  @ApiProperty({ example: 'inspector.zhang', maxLength: 64 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(64)
  username!: string;

  /** Bounded so a megabyte "password" cannot make argon2 the cheapest denial of service. */
  @ApiProperty({ example: 'Demo-2024!', maxLength: 256, format: 'password' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(256)
  password!: string;
}
