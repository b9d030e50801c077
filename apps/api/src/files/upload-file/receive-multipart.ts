import { BadRequestException, HttpException, UnsupportedMediaTypeException } from '@nestjs/common';
import { Request } from 'express';
import busboy from 'busboy';
import { Readable } from 'node:stream';

export interface ReceivedFile {
  name: string;
  stream: Readable;
}

/**
 * Streams the one `file` part of a multipart body to `consume` (never buffered whole). Resolves with its result;
 * rejects with a 4xx on a body that is not multipart, has no file part or more than one.
 */
export const receiveOneFile = <T>(request: Request, consume: (file: ReceivedFile) => Promise<T>): Promise<T> =>
  new Promise<T>((resolve, reject) => {
    if (!request.is('multipart/form-data'))
      return reject(new UnsupportedMediaTypeException('须为 multipart/form-data / Must be multipart/form-data'));
    let parser: busboy.Busboy;
    try {
      parser = busboy({ headers: request.headers, limits: { files: 1, fields: 0 } });
    } catch {
      return reject(new BadRequestException('multipart 边界缺失 / The multipart boundary is missing'));
    }
    let result: Promise<T> | undefined;
    const fail = (error: unknown) => {
      request.unpipe(parser);
      request.resume(); // drain what the client still sends, so the refusal can be read
      reject(
        error instanceof HttpException
          ? error
          : new BadRequestException('multipart 格式错误 / Malformed multipart body'),
      );
    };
    parser.on('file', (field, stream, info) => {
      if (field !== 'file' || result) return stream.resume();
      result = consume({ name: info.filename || 'unnamed', stream });
      result.catch(fail);
    });
    parser.on('filesLimit', () => fail(new BadRequestException('只能上传一个文件 / One file per request')));
    parser.on('fieldsLimit', () =>
      fail(new BadRequestException('只接受 file 部分 / Only the "file" part is accepted')),
    );
    parser.on('error', fail);
    parser.on('close', () => {
      if (!result) return reject(new BadRequestException('缺少 file 部分 / The "file" part is missing'));
      result.then(resolve, fail);
    });
    request.pipe(parser);
  });
