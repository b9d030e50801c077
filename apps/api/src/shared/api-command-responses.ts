import { applyDecorators } from '@nestjs/common';
import { ApiHeader, ApiResponse } from '@nestjs/swagger';
import { ApiProblemResponse as problem } from './problem-responses';

/** The headers and answers every command endpoint shares (RFC 9457 problems, ETag = stream revision). */
export const ApiCommandResponses = (success: 200 | 201) =>
  applyDecorators(
    ApiHeader({
      name: 'Idempotency-Key',
      required: false,
      description: '重试安全 / a retry with the same key writes nothing twice (8–128 chars)',
    }),
    ApiHeader({
      name: 'If-Match',
      required: false,
      description: '期望版本 / expected stream revision, e.g. W/"3" (stale → 412)',
    }),
    ApiResponse({
      status: success,
      description: '已记录 / recorded; ETag carries the new revision',
      schema: {
        example: {
          id: '6f1c2a4e-8d0b-4c55-9a57-3e1f0c9d2b11',
          revision: '3',
          position: '1207',
          logPosition: '912/1207',
        },
      },
    }),
    problem(400, '请求无效 / Bad request', '请求字段校验失败 / Request validation failed'),
    problem(401, '未认证 / Unauthenticated', '缺少或无效的令牌 / Missing or invalid bearer token'),
    problem(403, '无权限 / Forbidden', '无权操作该矿山或辖区 / Not allowed for this mine or jurisdiction'),
    problem(409, '冲突 / Conflict', '当前状态不允许该操作 / Not allowed in the current state'),
    problem(
      412,
      '前提条件失败 / Precondition failed',
      '记录已被他人修改，当前版本 4 / The record changed meanwhile; current revision 4',
    ),
    problem(422, '无法处理 / Unprocessable content', '必须说明理由 / A reason is required'),
  );
