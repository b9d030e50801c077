import { Logger } from '@nestjs/common';
import { LegacyRow, isRowError, parseLegacyRow } from '@hazard-ledger/domain';
import { EventStore, importLegacyRows } from '@hazard-ledger/event-store';
import example from '../../../../docs/examples/legacy-hazards-2023.json';

const SOURCE = '演示：上党区2023年隐患排查治理台账（纸质）/ demo: 2023 paper ledger';

/**
 * A few 2023 hazards imported from "paper" through the same import as `npm run cli -- import` (docs/examples),
 * so the demo shows imported records with their true history. Idempotent: a second start finds them imported.
 */
export const seedDemoLegacy = async (store: EventStore, logger: Logger): Promise<void> => {
  const rows = (example as unknown[]).map((r, i) => parseLegacyRow(r, i + 1)).filter((r) => !isRowError(r));
  const run = {
    by: { id: 'u-leader-wang', name: '王刚' },
    sourceDocument: SOURCE,
    importedAt: new Date().toISOString(),
  };
  const result = await importLegacyRows(store, rows as LegacyRow[], run);
  if (result.ok) logger.log(`演示历史记录 / demo legacy records: ${result.hazards.map((h) => h.hazardId).join(', ')}`);
};
