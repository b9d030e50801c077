import { PostgresEventStore } from '@hazard-ledger/event-store';
import { asOfMeasurement } from './as-of';
import { Dataset } from './dataset';
import { ProjectionsBenchContext } from './measurement';

/** Child-process entry of measureAsOfInFreshProcess: argv = database URL, dataset seed; replies over IPC. */
const [databaseUrl, seed] = process.argv.slice(2);
const store = new PostgresEventStore({ connectionString: databaseUrl });
const context = { databaseUrl, store, dataset: { seed: Number(seed) } as Dataset } as ProjectionsBenchContext;
asOfMeasurement()(context)
  .then((figures) => process.send?.(figures))
  .catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => store.close());
