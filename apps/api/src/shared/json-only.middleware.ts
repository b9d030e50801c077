import { Injectable, NestMiddleware, UnsupportedMediaTypeException } from '@nestjs/common';
import { NextFunction, Request, Response } from 'express';

/** Commands accept JSON only: any other body type is refused before parsing (415), never read as empty. */
@Injectable()
export class JsonOnlyMiddleware implements NestMiddleware {
  use(request: Request, _response: Response, next: NextFunction): void {
    const hasBody =
      Number(request.header('content-length') ?? 0) > 0 || request.header('transfer-encoding') !== undefined;
    if (['POST', 'PUT', 'PATCH'].includes(request.method) && hasBody && !request.is('application/json'))
      throw new UnsupportedMediaTypeException('仅接受 application/json / Only application/json is accepted');
    next();
  }
}
