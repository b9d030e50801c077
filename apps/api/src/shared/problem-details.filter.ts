import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import { Request, Response } from 'express';

interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance: string;
  errors?: unknown;
}

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

/** Every error leaves as RFC 9457 problem+json, bilingual, without internals (stack traces stay in the log). */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<Request>();
    const response = http.getResponse<Response>();
    const status = exception instanceof HttpException ? exception.getStatus() : HttpStatus.INTERNAL_SERVER_ERROR;
    if (status >= 500) this.logger.error(exception instanceof Error ? exception.stack : String(exception));
    const body = exception instanceof HttpException ? exception.getResponse() : undefined;
    const message =
      typeof body === 'object' && body && 'message' in body ? (body as { message: unknown }).message : undefined;
    const problem: Problem = {
      type: `https://hazard-ledger.example/problems/${status}`,
      title: TITLES[status] ?? `HTTP ${status}`,
      status,
      detail:
        status >= 500
          ? '服务器处理请求时出错，未写入任何数据 / The server failed to process the request; nothing was written'
          : typeof message === 'string'
            ? message
            : (TITLES[status] ?? 'Error'),
      instance: request.originalUrl,
      ...(Array.isArray(message) ? { errors: message } : {}),
    };
    response.status(status).type('application/problem+json').send(problem);
  }
}
