import { Module } from '@nestjs/common';
import { GetHazardStepsController } from './get-hazard-steps/get-hazard-steps.controller';
import { ConsoleStaticController } from './serve-console/console-static.controller';

/** The web console: its static files and the small reads it needs beyond the API's own (ADR console-react-vite). */
@Module({ controllers: [ConsoleStaticController, GetHazardStepsController] })
export class ConsoleModule {}
