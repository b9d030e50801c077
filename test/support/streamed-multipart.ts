import { createHash, randomBytes } from 'node:crypto';
import { request } from 'node:http';

/**
 * POSTs a generated file of `totalBytes` as multipart/form-data, chunk by chunk with back-pressure: the client
 * never holds the file either. Resolves with the answer and the SM3 the client computed on the way.
 */
export const streamedUpload = (
  port: number,
  authorization: string,
  head: Buffer,
  totalBytes: number,
): Promise<{ status: number; body: string; sm3: string }> =>
  new Promise((resolve, reject) => {
    const boundary = `----hazard-ledger-${randomBytes(8).toString('hex')}`;
    const opening = Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="recorder.mp4"\r\n` +
        `Content-Type: video/mp4\r\n\r\n`,
    );
    const closing = Buffer.from(`\r\n--${boundary}--\r\n`);
    const hash = createHash('sm3');
    const block = randomBytes(1024 * 1024);
    const req = request(
      {
        host: '127.0.0.1',
        port,
        method: 'POST',
        path: '/files',
        agent: false,
        headers: {
          Authorization: authorization,
          'Content-Type': `multipart/form-data; boundary=${boundary}`,
          'Content-Length': String(opening.length + totalBytes + closing.length),
        },
      },
      (res) => {
        let body = '';
        res.on('data', (c: Buffer) => (body += c.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body, sm3: hash.digest('hex') }));
      },
    );
    req.on('error', reject);
    req.write(opening);
    let sent = 0;
    const pump = (): void => {
      while (sent < totalBytes) {
        const chunk = sent === 0 ? head : block.subarray(0, Math.min(block.length, totalBytes - sent));
        hash.update(chunk);
        sent += chunk.length;
        if (!req.write(chunk)) return void req.once('drain', pump);
      }
      req.end(closing);
    };
    pump();
  });
