import { IncomingHttpHeaders, request } from 'node:http';

export interface TusAnswer {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

/** One tus 1.0 request on a fresh socket (agent: false), so dropping it mid-body drops a real connection. */
export const tusRequest = (
  port: number,
  method: 'POST' | 'HEAD' | 'PATCH',
  path: string,
  headers: Record<string, string>,
  body?: Buffer,
): Promise<TusAnswer> =>
  new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port, method, path, agent: false, headers: { 'Tus-Resumable': '1.0.0', ...headers } },
      (res) => {
        let text = '';
        res.on('data', (c: Buffer) => (text += c.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });

/** Sends the head of a PATCH body, then cuts the connection as a dropped mobile link would. */
export const droppedPatch = (
  port: number,
  path: string,
  headers: Record<string, string>,
  sent: Buffer,
): Promise<void> =>
  new Promise((resolve) => {
    const req = request({
      host: '127.0.0.1',
      port,
      method: 'PATCH',
      path,
      agent: false,
      headers: { 'Tus-Resumable': '1.0.0', 'Content-Type': 'application/offset+octet-stream', ...headers },
    });
    req.on('error', () => resolve());
    req.on('close', () => resolve());
    req.write(sent, () => setTimeout(() => req.destroy(), 300));
  });
