/** A decider (Chassaing): pure decide/evolve over plain data. Time, ids and the actor arrive on the command. */
export interface Decider<Command, Event, State> {
  decide(command: Command, state: State): Event[];
  evolve(state: State, event: Event): State;
  initialState(): State;
}

export interface TypedMessage<Type extends string = string, Data = unknown> {
  type: Type;
  data: Data;
}

/** Replays history: the same fold in command handlers, tests and debugging tools. */
export const fold = <Command, Event, State>(decider: Decider<Command, Event, State>, events: readonly Event[]): State =>
  events.reduce(decider.evolve, decider.initialState());
