import { Global, Injectable, Logger, Module, OnModuleDestroy } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { DataSource, QueryRunner } from 'typeorm';
import { AccessEntry, AccessReceipt } from './access-entry';
import { AccessLogQuery } from './access-log-rows';
import { AccessLogWriter } from './access-log-writer';
import { AccessLogFilter, AccessLogPage, findAccesses } from './find-accesses';
import { AccessLogVerification, verifyAccessLog } from './verify-access-log';

/**
 * The process's one access-log writer (one chain head, one group-commit queue). Await `record` BEFORE sending
 * hazard data out: its receipt means the access is committed.
 *
 * The writer has one statement in flight at a time, on a connection of its own: through the shared pool, under
 * load, every batch would first queue for a connection behind the very reads that are waiting for it.
 */
@Injectable()
export class AccessLog implements OnModuleDestroy {
  private readonly logger = new Logger('AccessLog');
  private readonly query: AccessLogQuery;
  private readonly writer: AccessLogWriter;
  private connection?: QueryRunner;

  constructor(
    private readonly dataSource: DataSource,
    config: ConfigService,
  ) {
    this.query = (sql, params) => dataSource.query(sql, params);
    this.writer = new AccessLogWriter((sql, params) => this.write(sql, params), {
      hashAlgorithm: config.get('HASH_ALGORITHM') === 'sha256' ? 'sha256' : 'sm3',
      log: (m) => this.logger.warn(m),
    });
  }

  /** Autocommit statements on the writer's own connection; after an error, a fresh one (the old may be broken). */
  private async write(sql: string, params?: unknown[]): Promise<unknown[]> {
    this.connection ??= this.dataSource.createQueryRunner();
    const connection = this.connection;
    try {
      return (await connection.query(sql, params)) as unknown[];
    } catch (error) {
      if (this.connection === connection) this.connection = undefined;
      await connection.release().catch(() => undefined);
      throw error;
    }
  }

  async onModuleDestroy(): Promise<void> {
    await this.connection?.release();
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
