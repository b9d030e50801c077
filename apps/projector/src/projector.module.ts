import { DynamicModule, Module } from '@nestjs/common';
import { ResolvedDatabase } from '@hazard-ledger/database';
import { PlatformModule } from '@hazard-ledger/platform';
import { ProjectionsModule } from '@hazard-ledger/projection-engine';
import { projectionDefinitions } from '@hazard-ledger/read-models';

/** The background worker: follows the log and keeps every read model current. No HTTP. */
@Module({})
export class ProjectorModule {
  static register(database: ResolvedDatabase): DynamicModule {
    return {
      module: ProjectorModule,
      imports: [
        PlatformModule.forRoot(database),
        ProjectionsModule.forRoot({ run: true, definitions: projectionDefinitions }),
      ],
    };
  }
}
