import { createContext, useContext } from 'react';
import { OpenApiDocument } from './api/openapi';
import { Session } from './api/session';

export interface ConsoleState {
  session: Session | null;
  signIn: (session: Session | null) => void;
  /** The as-of cut every read uses (system time, ISO 8601); null = now. */
  asOf: string | null;
  setAsOf: (asOf: string | null) => void;
  /** logPosition of this user's latest write: reads wait for it (minPosition) before they answer. */
  minPosition: string | null;
  noteWrite: (logPosition: string) => void;
  openApi: OpenApiDocument | null;
}

export const ConsoleContext = createContext<ConsoleState | null>(null);

export const useConsole = (): ConsoleState => {
  const state = useContext(ConsoleContext);
  if (!state) throw new Error('ConsoleContext missing');
  return state;
};
