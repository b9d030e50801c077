import { Server } from 'node:http';
import { Duplex } from 'node:stream';

// Node's own statuses for requests its parser refuses; anything else it refuses is a 400.
const STATUS: Record<string, [number, string, string]> = {
  HPE_HEADER_OVERFLOW: [431, 'Request Header Fields Too Large', '请求头过大 / Request headers too large'],
  ERR_HTTP_REQUEST_TIMEOUT: [408, 'Request Timeout', '请求超时 / Request timeout'],
};
const BAD: [number, string, string] = [400, 'Bad Request', '请求无效 / Bad request'];

/**
 * A request Node's HTTP parser refuses (e.g. a NUL or other control character in a header) never reaches
 * Express; answer it as problem+json too instead of Node's bare "400 Bad Request".
 */
export const answerMalformedHttp = (server: Server): void => {
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Duplex) => {
    if (error.code === 'ECONNRESET' || !socket.writable) return void socket.destroy();
    const [status, reason, title] = STATUS[error.code ?? ''] ?? BAD;
    const body = JSON.stringify({
      type: `https://hazard-ledger.example/problems/${status}`,
      title,
      status,
      detail: `${title}: HTTP 请求无法解析（如请求头含控制字符）/ the HTTP request cannot be parsed (e.g. a control character in a header)`,
    });
    socket.end(
      `HTTP/1.1 ${status} ${reason}\r\nContent-Type: application/problem+json\r\n` +
        `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    );
  });
};
