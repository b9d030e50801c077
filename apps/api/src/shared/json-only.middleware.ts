import { Injectable, NestMiddleware, UnsupportedMediaTypeException } from '@nestjs/common';
import { NextFunction, Request, Response } from 'express';

// Evidence files arrive as bytes: multipart at POST /files, the tus protocol under /files/uploads.
const BYTE_ROUTES = /^\/files(\/uploads(\/.*)?)?$/;

/** Commands accept JSON only: any other body type is refused before parsing (415), never read as empty. */
@Injectable()
export class JsonOnlyMiddleware implements NestMiddleware {
  use(request: Request, _response: Response, next: NextFunction): void {
    const hasBody =
      Number(request.header('content-length') ?? 0) > 0 || request.header('transfer-encoding') !== undefined;
    if (BYTE_ROUTES.test(request.originalUrl.split('?')[0])) return next();
    if (['POST', 'PUT', 'PATCH'].includes(request.method) && hasBody && !request.is('application/json'))
      throw new UnsupportedMediaTypeException('仅接受 application/json / Only application/json is accepted');
    next();
  }
}
