/** The signed-in user as POST /auth/token describes them; the token stays in this tab's sessionStorage only. */
export interface SessionActor {
  id: string;
  name: string;
  role: string;
  org: string;
  certificateNo?: string;
  mineIds: string[];
  jurisdictions: string[];
}

export interface Session {
  token: string;
  actor: SessionActor;
  expiresAt: number;
}

const KEY = 'hazard-ledger.session';

export const loadSession = (): Session | null => {
  const raw = sessionStorage.getItem(KEY);
  if (!raw) return null;
  const session = JSON.parse(raw) as Session;
  return session.expiresAt > Date.now() ? session : null;
};

export const saveSession = (session: Session | null): void => {
  if (session) sessionStorage.setItem(KEY, JSON.stringify(session));
  else sessionStorage.removeItem(KEY);
};
