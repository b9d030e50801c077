import {
  DocumentCommandType,
  PenaltyCommandType,
  documentCommandAccess,
  penaltyCommandAccess,
  ROLES,
  scopeOf,
} from '@hazard-ledger/domain';
import { ApiApp } from '../../support/api-app';
import { DocumentTargets, documentRequests } from '../../support/document-requests';
import { eventCount, startDocumentsApp } from '../../support/documents-app';
import { Cell, addOtherDistrictLeader, matrixCells } from '../../support/matrix-actors';

// As in authorization-matrix: allowed cells pass role and scope and stop at the stale If-Match (412); refused
// cells stop at 403. Nothing is written either way.
const STALE = 'W/"999999"';
const ACCESS = { ...documentCommandAccess, ...penaltyCommandAccess };
type Command = DocumentCommandType | PenaltyCommandType;

const expected = (command: Command, cell: Cell): 412 | 403 =>
  ACCESS[command].roles.includes(cell.role) && cell.scope === 'own' && scopeOf(cell.role) !== 'none' ? 412 : 403;

describe('authorisation matrix: every role × every 执法文书 / 行政处罚 command × own / other scope', () => {
  let api: ApiApp;
  let targets: Record<string, DocumentTargets>;
  let eventsBefore = 0;

  beforeAll(async () => {
    ({ api, targets } = await startDocumentsApp());
    await addOtherDistrictLeader(api);
    eventsBefore = await eventCount(api);
  });
  afterAll(() => api.close());

  const cells = matrixCells();
  const cases = (Object.keys(ACCESS) as Command[]).flatMap((command) =>
    cells.map((cell) => [command, cell.role, cell.scope, cell] as const),
  );

  it.each(cases)('%s by %s on %s scope', async (command, _role, _scope, cell) => {
    const request = documentRequests[command];
    const t = targets[cell.mineId];
    const res = await api.http
      .post(request.path(t))
      .set('Authorization', await api.login(cell.username))
      .set('If-Match', STALE)
      .send(request.body(t));
    expect({ command, role: cell.role, scope: cell.scope, status: res.status }).toEqual({
      command,
      role: cell.role,
      scope: cell.scope,
      status: expected(command, cell),
    });
  });

  it('covers every command with every role × own / other cell and wrote nothing', async () => {
    expect(cases).toHaveLength(Object.keys(ACCESS).length * ROLES.length * 2);
    expect(await eventCount(api)).toBe(eventsBefore);
  });
});
