import { Decider } from '../shared/decider';
import { MineCommand } from './mine.commands';
import { decideMine } from './mine.decide';
import { MineEvent } from './mine.events';
import { Mine, evolveMine, initialMineState } from './mine.state';

export const mineDecider: Decider<MineCommand, MineEvent, Mine> = {
  decide: decideMine,
  evolve: evolveMine,
  initialState: initialMineState,
};
