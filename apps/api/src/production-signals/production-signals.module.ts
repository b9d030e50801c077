import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { SharedModule } from '../shared/shared.module';
import { RecordProductionSignalController } from './record-production-signal/record-production-signal.controller';
import { RecordProductionSignalHandler } from './record-production-signal/record-production-signal.handler';
import { ListProductionSignalsController } from './list-production-signals/list-production-signals.controller';

/** 生产迹象 over HTTP: a regulator records what the data showed; the list per mine (LB-17 reads the same facts). */
@Module({
  imports: [CqrsModule, SharedModule],
  controllers: [RecordProductionSignalController, ListProductionSignalsController],
  providers: [RecordProductionSignalHandler],
})
export class ProductionSignalsModule {}
