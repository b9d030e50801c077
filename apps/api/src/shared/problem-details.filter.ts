import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import { Request, Response } from 'express';
import { mapError } from './problem-mapping';

const TITLES: Record<number, string> = {
  400: '请求无效 / Bad request',
  401: '未认证 / Unauthenticated',
  403: '无权限 / Forbidden',
  404: '未找到 / Not found',
  409: '冲突 / Conflict',
  412: '前提条件失败 / Precondition failed',
  413: '请求过大 / Payload too large',
  415: '不支持的媒体类型 / Unsupported media type',
  422: '无法处理 / Unprocessable content',
  429: '请求过多 / Too many requests',
  500: '服务器内部错误 / Internal server error',
  503: '服务不可用 / Service unavailable',
};

const httpDetail = (exception: HttpException, status: number): { detail: string; errors?: unknown } => {
  const body = exception.getResponse();
  const message = typeof body === 'object' && body && 'message' in body ? (body as { message: unknown }).message : body;
  if (Array.isArray(message)) return { detail: '请求字段校验失败 / Request validation failed', errors: message };
  const title = TITLES[status] ?? `HTTP ${status}`;
  if (typeof message !== 'string') return { detail: title };
  // Framework messages (e.g. a JSON syntax error) are English only: keep them, behind the bilingual title.
  return { detail: message.includes(' / ') ? message : `${title}: ${message}` };
};

/** Every error leaves as RFC 9457 problem+json, bilingual, without internals (stack traces stay in the log). */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<Request>();
    const response = http.getResponse<Response>();
    const mapped = mapError(exception, request.header?.('if-match') !== undefined);
    const status =
      mapped?.status ?? (exception instanceof HttpException ? exception.getStatus() : HttpStatus.INTERNAL_SERVER_ERROR);
    if (status >= 500) this.logger.error(exception instanceof Error ? exception.stack : String(exception));
    const { detail, errors } = mapped
      ? { detail: mapped.detail, errors: undefined }
      : exception instanceof HttpException
        ? httpDetail(exception, status)
        : {
            detail:
              '服务器处理请求时出错；使用同一 Idempotency-Key 重试是安全的 / The server failed to process the request; retrying with the same Idempotency-Key is safe',
            errors: undefined,
          };
    for (const [name, value] of Object.entries(mapped?.headers ?? {})) response.setHeader(name, value);
    if (status === 401 && !response.hasHeader('WWW-Authenticate')) response.setHeader('WWW-Authenticate', 'Bearer');
    response
      .status(status)
      .type('application/problem+json')
      .send({
        type: `https://hazard-ledger.example/problems/${status}`,
        title: TITLES[status] ?? `HTTP ${status}`,
        status,
        detail,
        instance: request.originalUrl,
        ...(errors ? { errors } : {}),
        ...(mapped?.extensions ?? {}),
      });
  }
}
