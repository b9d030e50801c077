import { BadRequestException } from '@nestjs/common';

/** `If-Match: W/"3"` (or `"3"`) → 3n; absent → undefined. The ETag of a stream is its revision. */
export const parseIfMatch = (header: string | undefined): bigint | undefined => {
  if (header === undefined || header === '') return undefined;
  const match = /^\s*(?:W\/)?"(\d{1,18})"\s*$/.exec(header);
  if (!match)
    throw new BadRequestException('If-Match 格式无效，应为 W/"<版本号>" / If-Match must look like W/"<revision>"');
  return BigInt(match[1]);
};

export const etagOf = (revision: bigint): string => `W/"${revision}"`;
