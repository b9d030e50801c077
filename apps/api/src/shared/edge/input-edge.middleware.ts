import { BadRequestException } from '@nestjs/common';
import { isUtf8 } from 'node:buffer';
import { IncomingMessage } from 'node:http';
import { NextFunction, Request, Response } from 'express';
import { describeFlaw, flawIn, hasUnstorableCharacter, locate } from './unstorable-input';

const MALFORMED_URL =
  '路径或查询参数的百分号编码无效 / The path or query has malformed percent-encoding (not UTF-8 or not %XX)';

// Each path segment and query component as the router and the query parser will decode it.
const urlParts = (url: string): { where: string; raw: string; form: boolean }[] => {
  const mark = url.indexOf('?');
  const path = mark < 0 ? url : url.slice(0, mark);
  const query = mark < 0 ? '' : url.slice(mark + 1);
  return [
    ...path.split('/').map((raw) => ({ where: 'path', raw, form: false })),
    ...query.split(/[&=]/).map((raw) => ({ where: 'query', raw, form: true })),
  ];
};

const refuseUrl = (url: string): void => {
  for (const { where, raw, form } of urlParts(url)) {
    if (!raw.includes('%') && !hasUnstorableCharacter(raw)) continue;
    let decoded: string;
    try {
      decoded = decodeURIComponent(form ? raw.replace(/\+/g, ' ') : raw);
    } catch {
      throw new BadRequestException(MALFORMED_URL);
    }
    if (hasUnstorableCharacter(decoded)) throw new BadRequestException(describeFlaw(where, 'character'));
  }
};

// Node's HTTP parser already refuses NUL in a header; this holds behind a lenient proxy or parser too.
const refuseHeaders = (headers: IncomingMessage['headers']): void => {
  for (const [name, value] of Object.entries(headers)) {
    const values = Array.isArray(value) ? value : [value ?? ''];
    if (values.some(hasUnstorableCharacter)) throw new BadRequestException(describeFlaw(`header ${name}`, 'character'));
  }
};

/**
 * The edge for hostile input, in front of every route (present and future): a request whose path, query,
 * headers or JSON body holds something the database cannot store, or a body nested deeper than
 * MAX_JSON_DEPTH, is refused with 400 before any guard, pipe, handler or query sees it.
 */
export const refuseHostileInput = (request: Request, _response: Response, next: NextFunction): void => {
  refuseUrl(request.originalUrl);
  refuseHeaders(request.headers);
  const flaw = flawIn(request.body);
  if (flaw) throw new BadRequestException(describeFlaw(locate('body', flaw.at), flaw.kind));
  next();
};

/** body-parser `verify`: bytes that are not UTF-8 are refused (400), not silently replaced by U+FFFD. */
export const requireUtf8Body = (_request: IncomingMessage, _response: unknown, body: Buffer): void => {
  if (!isUtf8(body))
    throw Object.assign(new Error('request body is not UTF-8'), { status: 400, type: 'entity.verify.failed' });
};
