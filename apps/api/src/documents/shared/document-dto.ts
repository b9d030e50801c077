import { applyDecorators } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { ValidateBy, ValidationOptions } from 'class-validator';

const FIELD_NAME = /^[A-Za-z][A-Za-z0-9_]{0,63}$/;
const MAX_FIELDS = 30;
const MAX_FIELD_TEXT = 4000;

const isContent = (value: unknown): boolean => {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const entries = Object.entries(value);
  return (
    entries.length >= 1 &&
    entries.length <= MAX_FIELDS &&
    entries.every(([k, v]) => FIELD_NAME.test(k) && typeof v === 'string' && v.length <= MAX_FIELD_TEXT && /\S/.test(v))
  );
};

/** The document's named text fields: 1–30 fields, names like `facts`, each a non-blank text of ≤ 4000 characters. */
export const IsDocumentContent = (options?: ValidationOptions): PropertyDecorator =>
  applyDecorators(
    ApiProperty({
      type: 'object',
      additionalProperties: { type: 'string', maxLength: MAX_FIELD_TEXT },
      example: {
        facts: '-220m 中段仅有一个安全出口',
        basis: '矿安〔2022〕88号 第一条',
        measures: '立即停止该中段作业',
      },
      description: '文书正文字段 / the document text as named fields (1–30; names [A-Za-z][A-Za-z0-9_]*)',
    }),
    ValidateBy(
      {
        name: 'isDocumentContent',
        validator: {
          validate: isContent,
          defaultMessage: ({ property } = { property: 'content' } as never) =>
            `${property} 须为 1–30 个非空文本字段 / ${property} must be 1–30 named, non-blank text fields (≤ 4000 characters)`,
        },
      },
      options,
    ),
  );
