import { Actor } from './actor';

/** Everything a decision needs from outside, supplied by the handler so `decide` stays pure. */
export interface CommandMetadata {
  /** Server time of the decision (ISO 8601); deciders never read a clock. */
  now: string;
  actor: Actor;
}

export interface Command<Type extends string = string, Data = unknown> {
  type: Type;
  data: Data;
  metadata: CommandMetadata;
}

export interface DomainEvent<Type extends string = string, Data = unknown> {
  type: Type;
  data: Data;
}
