import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LegacyRow, isRowError, parseLegacyRow } from '@hazard-ledger/domain';
import { EVENT_STORE, EventStore, importLegacyRows } from '@hazard-ledger/event-store';
import { ApiApp } from '../../support/api-app';
import { HazardSteps, hazardSteps, startWithDemoMines } from './hazard-steps';

const rows = (
  JSON.parse(readFileSync(join(__dirname, '../../../docs/examples/legacy-hazards-2023.json'), 'utf8')) as unknown[]
)
  .map((r, i) => parseLegacyRow(r, i + 1))
  .filter((r): r is LegacyRow => !isRowError(r));
const run = {
  by: { id: 'u-leader-wang', name: '王刚' },
  sourceDocument: '上党区2023年隐患台账（纸质）',
  importedAt: new Date().toISOString(),
};

describe('legacy records over HTTP (imported 2023 hazards)', () => {
  let api: ApiApp;
  let kit: HazardSteps;
  let majorId: string;

  beforeAll(async () => {
    api = await startWithDemoMines();
    kit = hazardSteps(api);
    const result = await importLegacyRows(api.app.get<EventStore>(EVENT_STORE), rows, run);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    majorId = result.hazards[0].hazardId;
  });
  afterAll(() => api.close());

  it('shows the hazard as imported, from which source document, by whom and when', async () => {
    const res = await kit.read('inspector.zhang', majorId);
    expect(res.status).toBe(200);
    expect(res.body.hazard).toMatchObject({
      status: 'closed',
      importedFrom: { sourceDocument: run.sourceDocument, importedBy: run.by, importedAt: run.importedAt },
    });
  });

  it('answers "as it was in May 2023" from the true valid times', async () => {
    const res = await kit.read('inspector.zhang', majorId, '?validAt=2023-05-01T00:00:00.000Z');
    expect(res.status).toBe(200);
    expect(res.body.hazard.status).toBe('in_remediation');
  });

  it('keeps the import mark and the row on every event', async () => {
    const { metadata } = await kit.eventData(majorId, 'HazardSignedOff');
    expect(metadata).toMatchObject({ occurredAt: '2023-07-05T10:00:00+08:00', imported: { ...run, row: 15 } });
  });
});
