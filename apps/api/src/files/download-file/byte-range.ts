import { HttpException, HttpStatus } from '@nestjs/common';
import { Request } from 'express';
import { ByteRange } from '@hazard-ledger/file-store';

/** One satisfiable range of a Range header, or undefined for the whole file (several ranges: the whole, as RFC 9110 allows). */
export const requestedRange = (request: Request, size: number): ByteRange | undefined => {
  if (!request.headers.range) return undefined;
  const ranges = request.range(size, { combine: true });
  if (ranges === -1 || (Array.isArray(ranges) && ranges.length === 0))
    throw new HttpException(
      `请求的范围超出文件（${size} 字节）/ The range is outside the file (${size} bytes)`,
      HttpStatus.REQUESTED_RANGE_NOT_SATISFIABLE,
    );
  if (ranges === -2 || ranges === undefined || ranges.type !== 'bytes' || ranges.length !== 1) return undefined;
  return { start: ranges[0].start, end: ranges[0].end };
};
