import { Command } from 'commander';
import { rebuildCommand } from './projections/rebuild.command';
import { statusCommand } from './projections/status.command';

export const projectionsCommand = new Command('projections')
  .description('投影运维 / Projection operations')
  .addCommand(statusCommand)
  .addCommand(rebuildCommand);
