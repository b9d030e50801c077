import { applyDecorators } from '@nestjs/common';
import { IsISO8601, ValidationArguments, registerDecorator } from 'class-validator';

// A full timestamp with its zone, so every instant in the record means the same moment wherever it is read.
const ZONED_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;
const EARLIEST = Date.parse('2000-01-01T00:00:00Z');
const MINUTE_MS = 60_000;
const CLOCK_SKEW_MS = 5 * MINUTE_MS;
const MAX_DEADLINE_AHEAD_MS = 3 * 366 * 24 * 60 * MINUTE_MS;

const isZonedInstant = (value: unknown): value is string =>
  typeof value === 'string' && ZONED_INSTANT.test(value) && !Number.isNaN(Date.parse(value));

// Strict ISO 8601 refuses impossible dates (02-30) that Date.parse would silently roll over.
const instantWithin =
  (name: string, maxAheadMs: number, message: (a: ValidationArguments) => string) => (): PropertyDecorator =>
    applyDecorators(IsISO8601({ strict: true, strictSeparator: true }), inRange(name, maxAheadMs, message));

const inRange =
  (name: string, maxAheadMs: number, message: (a: ValidationArguments) => string): PropertyDecorator =>
  (target, propertyName) =>
    registerDecorator({
      name,
      target: target.constructor,
      propertyName: propertyName as string,
      options: { message },
      validator: {
        validate: (value: unknown) => {
          if (!isZonedInstant(value)) return false;
          const ms = Date.parse(value);
          return ms >= EARLIEST && ms <= Date.now() + maxAheadMs;
        },
      },
    });

/** When something happened: not before 2000 and not after now, allowing a device clock up to 5 minutes ahead. */
export const IsNotFuture = instantWithin(
  'isNotFuture',
  CLOCK_SKEW_MS,
  ({ property }) =>
    `${property} 须为带时区的时间，且不晚于当前时间（允许 5 分钟误差）/ ${property} must be a zoned ISO 8601 time, not in the future (5 minutes clock skew allowed)`,
);

/** A deadline: a zoned time at most three years ahead; whether it is late enough is the decision's business. */
export const IsDeadline = instantWithin(
  'isDeadline',
  MAX_DEADLINE_AHEAD_MS,
  ({ property }) =>
    `${property} 须为带时区的时间，且不超过三年后 / ${property} must be a zoned ISO 8601 time at most 3 years ahead`,
);

/** A point of a time-travel read: any zoned instant from 2000 on (later than now reads the present). */
export const IsReadInstant = instantWithin(
  'isReadInstant',
  Number.MAX_SAFE_INTEGER,
  ({ property }) => `${property} 须为带时区的 ISO 8601 时间 / ${property} must be a zoned ISO 8601 time`,
);
