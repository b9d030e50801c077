import { CategorisedError, LogPosition, formatPosition } from '@hazard-ledger/domain';

/** `?minPosition=` was not reached within the wait: 503 with Retry-After, nothing read, nothing recorded. */
export class ReadModelBehind extends Error implements CategorisedError {
  override readonly name = 'ReadModelBehind';
  readonly category = 'unavailable';
  constructor(
    readonly projection: string,
    readonly minPosition: LogPosition,
    readonly checkpoint: LogPosition,
    readonly waitedMs: number,
  ) {
    super(
      `读模型 ${projection} 在 ${waitedMs} ms 内未追上 ${formatPosition(minPosition)}（当前 ` +
        `${formatPosition(checkpoint)}），请稍后重试 / The read model ${projection} did not reach ` +
        `${formatPosition(minPosition)} within ${waitedMs} ms (at ${formatPosition(checkpoint)}); retry shortly`,
    );
  }
}
