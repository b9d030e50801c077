import { Agent, request } from 'node:http';
import { connect } from 'node:net';

export interface RawResponse {
  status: number;
  contentType: string;
  body: string;
}

const agent = new Agent({ keepAlive: true, maxSockets: 8 });

/**
 * One request exactly as written: the path is sent byte for byte (supertest and fetch would re-encode a
 * malformed %XX), the body as given (a raw string keeps `1e400` or invalid UTF-8 bytes intact).
 */
export const rawRequest = (
  port: number,
  method: string,
  path: string,
  headers: Record<string, string>,
  body?: string | Buffer,
): Promise<RawResponse> =>
  new Promise((resolve, reject) => {
    // Content-Length always: without it Node's client frames no GET body, and the body becomes the next request.
    const length = body === undefined ? {} : { 'Content-Length': String(Buffer.byteLength(body)) };
    const req = request({ host: '127.0.0.1', port, method, path, headers: { ...headers, ...length }, agent }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          contentType: String(res.headers['content-type'] ?? ''),
          body: Buffer.concat(chunks).toString('utf8'),
        }),
      );
    });
    req.on('error', reject);
    req.end(body);
  });

/** A request the Node HTTP client refuses to build (e.g. NUL in a header value): written to a bare socket. */
export const rawSocketRequest = (port: number, head: string): Promise<RawResponse> =>
  new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.end(Buffer.from(head, 'latin1')));
    const chunks: Buffer[] = [];
    socket.on('data', (c: Buffer) => chunks.push(c));
    socket.on('error', reject);
    socket.on('close', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      const [headText, ...rest] = text.split('\r\n\r\n');
      resolve({
        status: Number(/^HTTP\/1\.1 (\d{3})/.exec(headText)?.[1] ?? 0),
        contentType: /content-type: *([^\r\n]*)/i.exec(headText)?.[1] ?? '',
        body: rest.join('\r\n\r\n'),
      });
    });
  });

export const closeRawAgent = (): void => agent.destroy();
