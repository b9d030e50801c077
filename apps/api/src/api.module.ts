import { DynamicModule, MiddlewareConsumer, Module, NestModule } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { AuthModule } from '@hazard-ledger/auth';
import { ResolvedDatabase } from '@hazard-ledger/database';
import { PlatformModule } from '@hazard-ledger/platform';
import { ProjectionsModule } from '@hazard-ledger/projection-engine';
import { projectionDefinitions } from '@hazard-ledger/read-models';
import { HazardsModule } from './hazards/hazards.module';
import { MinesModule } from './mines/mines.module';
import { EnforcementPlansModule } from './enforcement-plans/enforcement-plans.module';
import { ReadsModule } from './reads/reads.module';
import { JsonOnlyMiddleware } from './shared/json-only.middleware';
import { MetricsModule } from './metrics/metrics.module';
import { HealthController } from './health/health.controller';
import { GetProjectionStatusController } from './projections/get-projection-status/get-projection-status.controller';

export interface ApiOptions {
  database: ResolvedDatabase;
  /** In embedded mode the API runs the projector in-process; otherwise apps/projector does. */
  runProjections: boolean;
}

@Module({})
export class ApiModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(JsonOnlyMiddleware).forRoutes('*');
  }

  static register(options: ApiOptions): DynamicModule {
    return {
      module: ApiModule,
      imports: [
        PlatformModule.forRoot(options.database),
        TerminusModule,
        AuthModule.forRoot({ guardAllRoutes: true }),
        ProjectionsModule.forRoot({ run: options.runProjections, definitions: projectionDefinitions }),
        MinesModule,
        EnforcementPlansModule,
        HazardsModule,
        MetricsModule,
        ReadsModule,
      ],
      controllers: [HealthController, GetProjectionStatusController],
    };
  }
}
