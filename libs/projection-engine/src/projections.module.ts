import {
  DynamicModule,
  Inject,
  Injectable,
  Logger,
  Module,
  OnApplicationBootstrap,
  OnApplicationShutdown,
} from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { DataSource } from 'typeorm';
import { EventFeed, ProjectionDefinition, liveTables } from './projection';
import { ProjectionRunner, ProjectionStatus } from './projection-runner';

const RUN_HERE = Symbol('RUN_PROJECTIONS_HERE');
/** The read models to run, handed in by the app (the engine imports none). */
const DEFINITIONS = Symbol('PROJECTION_DEFINITIONS');

/** Token for the event source the runner follows (the app binds it to its event store). */
export const EVENT_FEED = Symbol('EVENT_FEED');

/** Starts the projection runner with the app and stops it (after its current batch) on shutdown. */
@Injectable()
export class ProjectionsService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Projections');
  private readonly runner: ProjectionRunner;

  constructor(
    dataSource: DataSource,
    @Inject(EVENT_FEED) feed: EventFeed,
    config: ConfigService,
    @Inject(RUN_HERE) private readonly runHere: boolean,
    @Inject(DEFINITIONS) private readonly definitions: readonly ProjectionDefinition[],
  ) {
    const batchSize = Number(config.get('PROJECTION_BATCH_SIZE') ?? 500);
    const projections = definitions.map((d) => d.create(liveTables, feed));
    this.runner = new ProjectionRunner(dataSource, feed, projections, {
      batchSize,
      log: (m) => this.logger.warn(m),
    });
  }

  onApplicationBootstrap(): void {
    if (!this.runHere) return;
    this.runner.start();
    this.logger.log(`投影已启动 / projections started: ${this.definitions.map((d) => d.name).join(', ')}`);
  }

  async onApplicationShutdown(): Promise<void> {
    await this.runner.stop();
  }

  /** Checkpoint and lag come from the database, so they are right even when another process runs them. */
  async status(): Promise<(ProjectionStatus & { runsInThisProcess: boolean })[]> {
    return (await this.runner.status()).map((s) => ({ ...s, runsInThisProcess: this.runHere }));
  }
}

@Module({})
export class ProjectionsModule {
  /** `run: false` gives status only (projections run in apps/projector); `definitions`: the read models to run. */
  static forRoot(options: { run: boolean; definitions: readonly ProjectionDefinition[] }): DynamicModule {
    return {
      module: ProjectionsModule,
      providers: [
        { provide: RUN_HERE, useValue: options.run },
        { provide: DEFINITIONS, useValue: options.definitions },
        ProjectionsService,
      ],
      exports: [ProjectionsService],
    };
  }
}
