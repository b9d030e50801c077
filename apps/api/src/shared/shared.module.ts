import { Module } from '@nestjs/common';
import { CommandGateway } from './command-gateway';
import { CLOCK, systemClock } from './clock';
import { MineDirectory } from './mine-directory';
import { EvidenceOnFile } from './evidence-on-file';

/** What every command slice needs: the gateway, the clock and the mine directory (scopes). */
@Module({
  providers: [CommandGateway, EvidenceOnFile, MineDirectory, { provide: CLOCK, useValue: systemClock }],
  exports: [CommandGateway, MineDirectory, CLOCK],
})
export class SharedModule {}
