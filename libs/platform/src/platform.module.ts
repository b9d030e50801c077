import { DynamicModule, Global, Inject, Module, OnApplicationShutdown } from '@nestjs/common';
import { ConfigModule, ConfigService } from '@nestjs/config';
import { TypeOrmModule } from '@nestjs/typeorm';
import { EVENT_STORE, EventStore, createEventStore } from '@hazard-ledger/event-store';
import { EVENT_FEED } from '@hazard-ledger/projection-engine';
import { HazardLedgerConfig, ResolvedDatabase, validateConfig } from '@hazard-ledger/database';
import { dataSourceOptions } from './data-source';

export const RESOLVED_DATABASE = Symbol('RESOLVED_DATABASE');

class EventStoreLifecycle implements OnApplicationShutdown {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}
  async onApplicationShutdown(): Promise<void> {
    await this.store.close();
  }
}

/**
 * Configuration, TypeORM (migrations run at start-up, never `synchronize`) and the event store, for every app.
 * The database is resolved (and an embedded server started) before Nest boots, so it can be stopped after Nest closes.
 */
@Global()
@Module({})
export class PlatformModule {
  static forRoot(database: ResolvedDatabase): DynamicModule {
    return {
      module: PlatformModule,
      imports: [
        ConfigModule.forRoot({ isGlobal: true, ignoreEnvFile: true, validate: validateConfig }),
        TypeOrmModule.forRootAsync({
          inject: [ConfigService],
          useFactory: (config: ConfigService<HazardLedgerConfig, true>) => ({
            ...dataSourceOptions(database.url, config.get('IDLE_IN_TRANSACTION_TIMEOUT_MS', { infer: true })),
            migrationsRun: true,
            migrationsTransactionMode: 'each' as const,
          }),
        }),
      ],
      providers: [
        { provide: RESOLVED_DATABASE, useValue: database },
        {
          provide: EVENT_STORE,
          inject: [ConfigService],
          useFactory: (config: ConfigService<HazardLedgerConfig, true>): EventStore =>
            createEventStore({
              kind: config.get('EVENT_STORE', { infer: true }),
              databaseUrl: database.url,
              kurrentDbUrl: config.get('KURRENTDB_URL', { infer: true }),
              hashAlgorithm: config.get('HASH_ALGORITHM', { infer: true }),
              idleInTransactionTimeoutMs: config.get('IDLE_IN_TRANSACTION_TIMEOUT_MS', { infer: true }),
              pollIntervalMs: config.get('POLL_INTERVAL_MS', { infer: true }),
            }),
        },
        { provide: EVENT_FEED, useExisting: EVENT_STORE },
        EventStoreLifecycle,
      ],
      exports: [RESOLVED_DATABASE, EVENT_STORE, EVENT_FEED],
    };
  }
}
