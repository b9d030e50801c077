import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsNumber, IsOptional, IsPositive, Matches } from 'class-validator';
import { IsText, LIMITS } from '../../hazards/shared/hazard-dto';

export const DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
export const IsDay = () =>
  Matches(DAY, { message: ({ property }) => `${property} 须为日期 YYYY-MM-DD / must be YYYY-MM-DD` });

/** An optional positive measure (m, m², m³) of a hidden factor's size. */
export const Measure = () => (target: object, key: string) => {
  ApiPropertyOptional({ example: 100 })(target, key);
  IsOptional()(target, key);
  IsNumber({ allowNaN: false, allowInfinity: false })(target, key);
  IsPositive()(target, key);
};

/** A note: verification of a factor's treatment, closing an exam item. */
export class NoteRequest {
  @ApiProperty({ example: '充填体强度检测合格' }) @IsText(LIMITS.description) note!: string;
}

/** A reason: removing an engineer, revoking a certificate. */
export class ReasonRequest {
  @ApiProperty({ example: '离职' }) @IsText(LIMITS.reason) reason!: string;
}
