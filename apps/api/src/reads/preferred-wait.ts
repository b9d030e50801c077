import { Request } from 'express';

/** How long `?minPosition=` waits when the client states no preference. */
export const DEFAULT_WAIT_MS = 5_000;
/** The most a client may ask for: a read holds a request slot, not a database connection, while it waits. */
export const MAX_WAIT_MS = 30_000;

/**
 * The wait a client prefers, from `Prefer: wait=<seconds>` (RFC 7240 §4.3), capped at MAX_WAIT_MS. A preference
 * the server cannot honour is ignored, not an error (RFC 7240 §2), so a malformed one leaves the default.
 */
export const preferredWait = (request: Pick<Request, 'header'>): number => {
  const prefer = request.header('prefer');
  if (!prefer) return DEFAULT_WAIT_MS;
  for (const part of prefer.split(',')) {
    const match = /^\s*wait\s*=\s*"?(\d{1,6})"?\s*(?:;.*)?$/i.exec(part);
    if (match) return Math.min(Number(match[1]) * 1000, MAX_WAIT_MS);
  }
  return DEFAULT_WAIT_MS;
};
