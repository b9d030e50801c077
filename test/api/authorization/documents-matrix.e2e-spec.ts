import {
  DocumentCommandType,
  PenaltyCommandType,
  documentCommandAccess,
  penaltyCommandAccess,
  ROLES,
} from '@hazard-ledger/domain';
import { ApiApp } from '../../support/api-app';
import { DocumentTargets, documentRequests } from '../../support/document-requests';
import { eventCount, startDocumentsApp } from '../../support/documents-app';
import { addOtherDistrictLeader } from '../../support/matrix-actors';
import { expectCell, matrixCases } from '../../support/matrix-cells';

// Allowed cells stop at the stale If-Match (412), refused ones at 403 (test/support/matrix-cells.ts).
const ACCESS = { ...documentCommandAccess, ...penaltyCommandAccess };
type Command = DocumentCommandType | PenaltyCommandType;

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

  const cases = matrixCases(Object.keys(ACCESS) as Command[]);

  it.each(cases)('%s by %s on %s scope', async (command, _role, _scope, cell) => {
    const request = documentRequests[command];
    const t = targets[cell.mineId];
    await expectCell(api, { command }, cell, {
      path: request.path(t),
      body: request.body(t),
      roles: ACCESS[command].roles,
    });
  });

  it('covers every command with every role × own / other cell and wrote nothing', async () => {
    expect(cases).toHaveLength(Object.keys(ACCESS).length * ROLES.length * 2);
    expect(await eventCount(api)).toBe(eventsBefore);
  });
});
