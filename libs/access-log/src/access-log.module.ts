import { Global, Injectable, Logger, Module } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { DataSource } from 'typeorm';
import { AccessEntry, AccessReceipt } from './access-entry';
import { AccessLogQuery } from './access-log-rows';
import { AccessLogWriter } from './access-log-writer';
import { AccessLogFilter, AccessLogPage, findAccesses } from './find-accesses';
import { AccessLogVerification, verifyAccessLog } from './verify-access-log';

/**
 * The process's one access-log writer (one chain head, one group-commit queue). Await `record` BEFORE sending
 * hazard data out: its receipt means the access is committed.
 */
@Injectable()
export class AccessLog {
  private readonly logger = new Logger('AccessLog');
  private readonly query: AccessLogQuery;
  private readonly writer: AccessLogWriter;

  constructor(dataSource: DataSource, config: ConfigService) {
    this.query = (sql, params) => dataSource.query(sql, params);
    this.writer = new AccessLogWriter(this.query, {
      hashAlgorithm: config.get('HASH_ALGORITHM') === 'sha256' ? 'sha256' : 'sm3',
      log: (m) => this.logger.warn(m),
    });
  }

  record(entry: AccessEntry): Promise<AccessReceipt> {
    return this.writer.record(entry);
  }

  find(filter: AccessLogFilter): Promise<AccessLogPage> {
    return findAccesses(this.query, filter);
  }

  verify(): Promise<AccessLogVerification> {
    return verifyAccessLog(this.query);
  }
}

/** Global, so every controller that serves hazard data can inject AccessLog without importing this module. */
@Global()
@Module({ providers: [AccessLog], exports: [AccessLog] })
export class AccessLogModule {}
