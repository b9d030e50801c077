import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, ValidateNested } from 'class-validator';
import { IsRecordId, ReasonDto } from '../shared/hazard-dto';

/** The events that carry a signature; a revocation names one of them and its signer. */
const SIGNED_EVENTS = [
  'MajorHazardDetermined',
  'DualReportSubmitted',
  'SignOffRequested',
  'SiteReviewSigned',
  'HazardSignedOff',
  'RectifiedOnSpot',
];

export class SignatureRefDto {
  @ApiProperty({ enum: SIGNED_EVENTS, example: 'SiteReviewSigned' })
  @IsIn(SIGNED_EVENTS)
  eventType!: string;

  @ApiProperty({ example: 'u-inspector-li' })
  @IsRecordId()
  signerId!: string;
}

/** The signed event stays; the revocation is a new fact (a revoked site review stops counting). */
export class RevokeSignatureRequest extends ReasonDto {
  @ApiProperty({ type: SignatureRefDto })
  @ValidateNested()
  @Type(() => SignatureRefDto)
  signatureRef!: SignatureRefDto;
}
