import { Module } from '@nestjs/common';
import { CommandGateway } from './command-gateway';
import { CLOCK, systemClock } from './clock';
import { HazardDirectory } from './hazard-directory';
import { MineDirectory } from './mine-directory';

/** What every command slice needs: the gateway, the clock and the mine directory (scopes). */
@Module({
  providers: [CommandGateway, MineDirectory, HazardDirectory, { provide: CLOCK, useValue: systemClock }],
  exports: [CommandGateway, MineDirectory, HazardDirectory, CLOCK],
})
export class SharedModule {}
