import { Injectable, ServiceUnavailableException } from '@nestjs/common';
import { Request } from 'express';
import { Actor } from '@hazard-ledger/domain';
import { AccessKind, AccessLog } from '@hazard-ledger/access-log';

export const PURPOSE_HEADER = 'x-access-purpose';

// A header is Latin-1 on the wire, so a Chinese purpose arrives percent-encoded; keep it readable in the log.
const purposeOf = (request: Request): string | undefined => {
  const raw = request.header(PURPOSE_HEADER);
  if (!raw) return undefined;
  try {
    return clip(decodeURIComponent(raw));
  } catch {
    return clip(raw);
  }
};

// By code point, so an emoji is never cut in half (the access log refuses broken text).
const clip = (text: string): string => Array.from(text).slice(0, 500).join('');

/** Records a read or export in the access log and only returns once it is committed: no entry, no data. */
@Injectable()
export class AccessRecorder {
  constructor(private readonly log: AccessLog) {}

  async record(
    actor: Actor,
    request: Request,
    what: { kind?: AccessKind; recordType: string; recordIds: string[]; asOfPosition?: string },
  ): Promise<void> {
    try {
      await this.log.record({
        actor: { id: actor.id, name: actor.name, role: actor.role, org: actor.org },
        kind: what.kind ?? 'read',
        recordType: what.recordType,
        recordIds: what.recordIds,
        asOfPosition: what.asOfPosition,
        query: { method: request.method, path: request.path, params: { ...request.query } },
        purpose: purposeOf(request),
      });
    } catch {
      throw new ServiceUnavailableException(
        '访问记录未能保存，故未返回数据 / The access could not be recorded, so no data was returned',
      );
    }
  }
}
