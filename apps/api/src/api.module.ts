import { DynamicModule, MiddlewareConsumer, Module, NestModule } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { AuthModule } from '@hazard-ledger/auth';
import { ResolvedDatabase } from '@hazard-ledger/database';
import { PlatformModule } from '@hazard-ledger/platform';
import { ProjectionsModule } from '@hazard-ledger/projection-engine';
import { projectionDefinitions } from '@hazard-ledger/read-models';
import { DocumentsModule, ModuleImport } from './documents/documents.module';
import { HazardsModule } from './hazards/hazards.module';
import { InspectionsModule } from './inspections/inspections.module';
import { PenaltiesModule } from './penalties/penalties.module';
import { RegistersModule } from './registers/registers.module';
import { MinesModule } from './mines/mines.module';
import { EnforcementPlansModule } from './enforcement-plans/enforcement-plans.module';
import { ReadsModule } from './reads/reads.module';
import { FileStoreModule } from './files/shared/file-store.module';
import { FilesModule } from './files/files.module';
import { JsonOnlyMiddleware } from './shared/json-only.middleware';
import { MetricsModule } from './metrics/metrics.module';
import { DutiesModule } from './duties/duties.module';
import { MonthlyChecksModule } from './monthly-checks/monthly-checks.module';
import { HotWorkPermitsModule } from './hot-work-permits/hot-work-permits.module';
import { HealthController } from './health/health.controller';
import { GetProjectionStatusController } from './projections/get-projection-status/get-projection-status.controller';
import { TipsModule } from './tips/tips.module';
import { LookbackModule } from './lookback/lookback.module';
import { ConsoleModule } from './console/console.module';
import { ProductionSignalsModule } from './production-signals/production-signals.module';

export interface ApiOptions {
  database: ResolvedDatabase;
  /** In embedded mode the API runs the projector in-process; otherwise apps/projector does. */
  runProjections: boolean;
  /** The module that provides INSPECTION_TEAMS to the 执法文书 endpoints: the inspections module unless a spec plants one. */
  inspectionTeams?: ModuleImport;
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
        FileStoreModule,
        MinesModule,
        EnforcementPlansModule,
        HazardsModule,
        InspectionsModule,
        DocumentsModule.register(options.inspectionTeams ?? InspectionsModule),
        PenaltiesModule,
        RegistersModule,
        MetricsModule,
        ReadsModule,
        FilesModule,
        DutiesModule,
        MonthlyChecksModule,
        HotWorkPermitsModule,
        TipsModule,
        LookbackModule,
        ConsoleModule,
        ProductionSignalsModule,
      ],
      controllers: [HealthController, GetProjectionStatusController],
    };
  }
}
