import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { AppUser, NewUser, PasswordHasher, UserStore } from '@hazard-ledger/auth';
import { Cast, CastActor } from '../projections/cast';

/** A signed-in bench user: whose hazards it may read and write, and its bearer token. */
export interface BenchUser {
  id: string;
  role: NewUser['role'];
  mineIds: string[];
  jurisdictions: string[];
  token: string;
}

/** Enterprise users for this many mines (the busiest ones first in the cast, like a real platform's heavy users). */
const ENTERPRISE_MINES = 12;

const userOf = (actor: CastActor, scope: Pick<NewUser, 'mineIds' | 'jurisdictions'>): Omit<NewUser, 'password'> => ({
  id: actor.id,
  username: actor.id,
  displayName: actor.name,
  role: actor.role,
  org: actor.org,
  ...(actor.certificateNo ? { certificateNo: actor.certificateNo } : {}),
  ...scope,
});

/**
 * Accounts for people of the dataset's cast, scoped as the platform scopes them: one inspector and one
 * supervising leader per jurisdiction, the principal of some mines, and an auditor who sees everything.
 */
export const benchAccounts = (cast: Cast): Omit<NewUser, 'password'>[] => [
  ...cast.jurisdictions.flatMap((j) =>
    [j.inspectors[0], j.leaders[0]].map((actor) => userOf(actor, { jurisdictions: [j.code] })),
  ),
  ...cast.mines.slice(0, ENTERPRISE_MINES).map((m) => userOf(m.principal, { mineIds: [m.mineId] })),
  {
    id: 'u-bench-auditor',
    username: 'bench.auditor',
    displayName: '审计员',
    role: 'auditor',
    org: '长治市应急管理局',
  },
];

const signIn = async (baseUrl: string, username: string, password: string): Promise<string> => {
  const response = await fetch(`${baseUrl}/auth/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (!response.ok) throw new Error(`登录失败 / sign-in of ${username} failed: ${response.status}`);
  return ((await response.json()) as { access_token: string }).access_token;
};

export interface StoredAccounts {
  accounts: Omit<NewUser, 'password'>[];
  password: string;
}

/** Stores the accounts with argon2id hashes, as the platform does. */
export const storeBenchAccounts = async (dataSource: DataSource, cast: Cast): Promise<StoredAccounts> => {
  const store = new UserStore(dataSource.getRepository(AppUser), new PasswordHasher());
  const password = randomBytes(12).toString('base64url');
  const accounts = benchAccounts(cast);
  for (const account of accounts) await store.create({ ...account, password });
  return { accounts, password };
};

/** Signs each account in through POST /auth/token. */
export const signInBenchUsers = ({ accounts, password }: StoredAccounts, baseUrl: string): Promise<BenchUser[]> =>
  Promise.all(
    accounts.map(async (a) => ({
      id: a.id,
      role: a.role,
      mineIds: a.mineIds ?? [],
      jurisdictions: a.jurisdictions ?? [],
      token: await signIn(baseUrl, a.username, password),
    })),
  );
