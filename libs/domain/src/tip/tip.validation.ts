import { TipDetailsInvalid } from './tip.errors';

export const isBlank = (v: unknown): boolean => typeof v !== 'string' || v.trim() === '';

export const requireText = (value: unknown, field: string): void => {
  if (isBlank(value)) throw new TipDetailsInvalid(field, '不能为空', 'must not be blank');
};

export const requireOneOf = <T extends string>(allowed: readonly T[], value: unknown, field: string): void => {
  if (!allowed.includes(value as T))
    throw new TipDetailsInvalid(field, `须为 ${allowed.join('/')}`, `must be one of ${allowed.join(', ')}`);
};

export const requireIds = (ids: unknown, field: string): void => {
  if (!Array.isArray(ids) || ids.some((id) => isBlank(id)) || new Set(ids).size !== ids.length)
    throw new TipDetailsInvalid(field, '须为不重复的记录编号', 'must be distinct record ids');
};

export const requirePast = (at: string, now: string, field: string): void => {
  const ms = Date.parse(at);
  if (!(ms <= Date.parse(now))) throw new TipDetailsInvalid(field, '不能晚于现在', 'must not be in the future');
};

const SHA256_HEX = /^[0-9a-f]{64}$/;
export const requireDigest = (value: unknown, field: string): void => {
  if (typeof value !== 'string' || !SHA256_HEX.test(value))
    throw new TipDetailsInvalid(field, '须为 64 位小写十六进制摘要', 'must be a lowercase hex SHA-256');
};
