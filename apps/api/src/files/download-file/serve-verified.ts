import { Logger } from '@nestjs/common';
import { Response } from 'express';
import { pipeline } from 'node:stream/promises';
import { ByteRange, FileAltered, FileStore, VerifyingRead } from '@hazard-ledger/file-store';

const logger = new Logger('EvidenceFiles');

/** The alarm: a log line an operator's monitoring greps for, and the metric it counts. */
export const raiseAlteredAlarm = (error: FileAltered, count: () => void): void => {
  count();
  logger.error(
    `ALARM 证据文件被改动 / evidence file altered: stored as ${error.digest}, bytes hash to ${error.actual}`,
  );
};

/**
 * Sends the (range of the) file through VerifyingRead. On a mismatch the response is destroyed before its last
 * bytes: the client sees a broken transfer. Headers are already sent then, so nothing is thrown to Nest.
 */
export const serveVerified = async (
  files: FileStore,
  digest: string,
  range: ByteRange | undefined,
  response: Response,
  onAltered: (error: FileAltered) => void,
): Promise<void> => {
  // Headers go out first: a small file's only chunk is held back, and the client must see a cut body, not no answer.
  response.flushHeaders();
  try {
    await pipeline(await files.open(digest), new VerifyingRead(digest, range), response);
  } catch (error) {
    if (error instanceof FileAltered) onAltered(error);
    else if (!response.destroyed) logger.warn(`download of ${digest} failed: ${String(error)}`);
    response.destroy();
  }
};
