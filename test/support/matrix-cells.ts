import { scopeOf } from '@hazard-ledger/domain';
import { ApiApp } from './api-app';
import { Cell, matrixCells } from './matrix-actors';

/**
 * Allowed cells must pass role and scope checks and then stop at the stale If-Match (412), so a matrix writes
 * nothing and every cell is decided by the access layer alone; refused cells must stop at 403.
 */
export const STALE = 'W/"999999"';

export const expectedStatus = (roles: readonly string[], cell: Cell): 412 | 403 =>
  roles.includes(cell.role) && cell.scope === 'own' && scopeOf(cell.role) !== 'none' ? 412 : 403;

/** Every key (command or endpoint) × every role × own / other scope, as `it.each` rows [key, role, scope, cell]. */
export const matrixCases = <K extends string>(keys: readonly K[]) => {
  const cells = matrixCells();
  return keys.flatMap((key) => cells.map((cell) => [key, cell.role, cell.scope, cell] as const));
};

/**
 * Sends one cell's request (as the cell's user, with the stale If-Match) and expects the status its roles call for;
 * `what` names the row (e.g. `{ command }`) so that a failure says which cell it was.
 */
export const expectCell = async (
  api: ApiApp,
  what: Record<string, string>,
  cell: Cell,
  request: { path: string; body: unknown; roles: readonly string[] },
): Promise<void> => {
  const res = await api.http
    .post(request.path)
    .set('Authorization', await api.login(cell.username))
    .set('If-Match', STALE)
    .send(request.body as object);
  expect({ ...what, role: cell.role, scope: cell.scope, status: res.status }).toEqual({
    ...what,
    role: cell.role,
    scope: cell.scope,
    status: expectedStatus(request.roles, cell),
  });
};
