import { CategorisedError, DomainError, ErrorCategory, formatPosition, isCategorised } from '@hazard-ledger/domain';
import { EventIdConflict, IdempotencyKeyReused, WrongExpectedRevision } from '@hazard-ledger/event-store';
import { ReadModelBehind } from '../reads/read-model-behind';

export interface MappedProblem {
  status: number;
  detail: string;
  extensions?: Record<string, unknown>;
  headers?: Record<string, string>;
}

/** The one table from an error's category to its HTTP status (ADR 20261207-error-categories). */
export const CATEGORY_STATUS: Readonly<Record<ErrorCategory, number>> = {
  conflict: 409,
  forbidden: 403,
  'not-found': 404,
  invalid: 422,
  precondition: 422,
  malformed: 400,
  unavailable: 503,
};

const bodyParserStatus = (error: unknown): number | undefined => {
  const e = error as { type?: unknown; status?: unknown };
  return typeof e?.type === 'string' && e.type.startsWith('entity.') && typeof e.status === 'number'
    ? e.status
    : undefined;
};

const FALLBACK: Record<ErrorCategory, string> = {
  conflict: '与记录现状冲突 / Conflicts with the record',
  forbidden: '无权执行 / Not allowed',
  'not-found': '记录不存在 / Not found',
  invalid: '内容不符合规则 / Content breaks a rule',
  precondition: '前提条件未满足 / A precondition is not met',
  malformed: '内容无法存储 / Content cannot be stored',
  unavailable: '暂时无法回答 / Not available yet',
};

// The bilingual detail and the fields a client acts on; the status never depends on them.
const described = (error: CategorisedError): Omit<MappedProblem, 'status'> => {
  if (error instanceof WrongExpectedRevision) {
    const current = error.actual === 'no_stream' ? null : error.actual.toString();
    return {
      detail: `记录已被他人修改，当前版本 ${current ?? '无'} / The record changed meanwhile; current revision ${current ?? 'none'}`,
      extensions: { currentRevision: current },
      ...(current !== null ? { headers: { ETag: `W/"${current}"` } } : {}),
    };
  }
  if (error instanceof ReadModelBehind)
    return {
      detail: error.message,
      extensions: { minPosition: formatPosition(error.minPosition), asOfPosition: formatPosition(error.checkpoint) },
      headers: { 'Retry-After': '1' },
    };
  if (error instanceof DomainError)
    return { detail: `${error.messageZh} / ${error.messageEn}`, extensions: { code: error.code } };
  if (error instanceof IdempotencyKeyReused)
    return {
      detail: '该 Idempotency-Key 已用于另一个请求 / This Idempotency-Key was already used for a different request',
    };
  if (error instanceof EventIdConflict) return { detail: '事件标识冲突 / Event id conflict' };
  return { detail: `${FALLBACK[error.category]}: ${error.message}` };
};

/**
 * Maps every error the write path can raise to a status and a bilingual detail; unknown errors become 500.
 * The status comes from the error's category alone, except that a stale revision the client sent itself
 * (If-Match) is 412 Precondition Failed rather than 409.
 */
export const mapError = (error: unknown, ifMatchSent: boolean): MappedProblem | undefined => {
  if (isCategorised(error)) {
    const status = error instanceof WrongExpectedRevision && ifMatchSent ? 412 : CATEGORY_STATUS[error.category];
    return { status, ...described(error) };
  }
  const parserStatus = bodyParserStatus(error);
  if (parserStatus === 413) return { status: 413, detail: '请求体过大 / Request body too large' };
  if (parserStatus)
    return { status: parserStatus, detail: '请求体不是有效的 JSON / The request body is not valid JSON' };
  return undefined;
};
