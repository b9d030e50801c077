import { DomainError, formatPosition } from '@hazard-ledger/domain';
import {
  EventIdConflict,
  IdempotencyKeyReused,
  InvalidEventPayload,
  WrongExpectedRevision,
} from '@hazard-ledger/event-store';
import { ReadModelBehind } from '../reads/read-model-behind';

export interface MappedProblem {
  status: number;
  detail: string;
  extensions?: Record<string, unknown>;
  headers?: Record<string, string>;
}

// Decision refusals that are about the state of the record (409) or about who asks (403); the rest are 422.
const CONFLICTS = /Transition|AlreadyExists|AlreadyRegistered|Closed|Voided/;
const FORBIDDEN = /SeparationOfDuties|NotAuthorised|NotAuthorized|Forbidden/;

const bodyParserStatus = (error: unknown): number | undefined => {
  const e = error as { type?: unknown; status?: unknown };
  return typeof e?.type === 'string' && e.type.startsWith('entity.') && typeof e.status === 'number'
    ? e.status
    : undefined;
};

/** Maps every error the write path can raise to a status and a bilingual detail; unknown errors become 500. */
export const mapError = (error: unknown, ifMatchSent: boolean): MappedProblem | undefined => {
  if (error instanceof WrongExpectedRevision) {
    const current = error.actual === 'no_stream' ? null : error.actual.toString();
    return {
      status: ifMatchSent ? 412 : 409,
      detail: `记录已被他人修改，当前版本 ${current ?? '无'} / The record changed meanwhile; current revision ${current ?? 'none'}`,
      extensions: { currentRevision: current },
      ...(current !== null ? { headers: { ETag: `W/"${current}"` } } : {}),
    };
  }
  if (error instanceof IdempotencyKeyReused)
    return {
      status: 422,
      detail: '该 Idempotency-Key 已用于另一个请求 / This Idempotency-Key was already used for a different request',
    };
  if (error instanceof ReadModelBehind)
    return {
      status: 503,
      detail: error.message,
      extensions: { minPosition: formatPosition(error.minPosition), asOfPosition: formatPosition(error.checkpoint) },
      headers: { 'Retry-After': '1' },
    };
  if (error instanceof EventIdConflict) return { status: 409, detail: '事件标识冲突 / Event id conflict' };
  if (error instanceof InvalidEventPayload)
    return { status: 400, detail: `内容无法存储 / Content cannot be stored: ${error.message}` };
  if (error instanceof DomainError) {
    const status = FORBIDDEN.test(error.name) ? 403 : CONFLICTS.test(error.name) ? 409 : 422;
    return { status, detail: `${error.messageZh} / ${error.messageEn}`, extensions: { code: error.code } };
  }
  const parserStatus = bodyParserStatus(error);
  if (parserStatus === 413) return { status: 413, detail: '请求体过大 / Request body too large' };
  if (parserStatus)
    return { status: parserStatus, detail: '请求体不是有效的 JSON / The request body is not valid JSON' };
  return undefined;
};
