import { DynamicModule, Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { PlatformModule, ResolvedDatabase } from '@hazard-ledger/database';
import { ProjectionsModule } from '@hazard-ledger/read-models';
import { HealthController } from './health/health.controller';
import { GetProjectionStatusController } from './projections/get-projection-status/get-projection-status.controller';

export interface ApiOptions {
  database: ResolvedDatabase;
  /** In embedded mode the API runs the projector in-process; otherwise apps/projector does. */
  runProjections: boolean;
}

@Module({})
export class ApiModule {
  static register(options: ApiOptions): DynamicModule {
    return {
      module: ApiModule,
      imports: [
        PlatformModule.forRoot(options.database),
        TerminusModule,
        ProjectionsModule.forRoot({ run: options.runProjections }),
      ],
      controllers: [HealthController, GetProjectionStatusController],
    };
  }
}
