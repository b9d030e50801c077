import { performance } from 'node:perf_hooks';
import { DataSource } from 'typeorm';
import { PostgresEventStore } from '@hazard-ledger/event-store';
import { rebuildProjection } from '@hazard-ledger/projection-engine';
import { projectionDefinitions } from '@hazard-ledger/read-models';
import { Dataset } from '../projections/dataset';
import { loadDataset } from '../projections/loader';
import { progressReporter } from '../projections/progress';

/** Enough events for about `hazards` hazards: the generator is sized in events, so a small probe sets the ratio. */
export const datasetForHazards = (hazards: number, seed: number): Dataset => {
  const probe = new Dataset({ events: 50_000, seed });
  const mineEvents = probe.streams.filter((s) => s.kind === 'mine').reduce((n, s) => n + s.events, 0);
  const perHazard = (probe.totalEvents - mineEvents) / probe.hazards;
  return new Dataset({ events: Math.max(1000, Math.round(hazards * perHazard) + 2_000), seed });
};

/** Loads the dataset into the log, then builds every read model from it, as `projections rebuild` would. */
export const loadAndProject = async (
  url: string,
  dataSource: DataSource,
  dataset: Dataset,
): Promise<{ loadS: number; projectS: number }> => {
  const bar = progressReporter('载入 / load', dataset.totalEvents);
  const load = await loadDataset(url, dataset, { batchSize: 5000, onProgress: (done) => bar.update(done) });
  bar.stop();
  console.log(`载入 / load: ${load.events} events, ${load.seconds.toFixed(1)} s`);
  const store = new PostgresEventStore({ connectionString: url, hashAlgorithm: 'sm3', poolSize: 4 });
  const t0 = performance.now();
  try {
    for (const definition of projectionDefinitions) {
      const r = await rebuildProjection({ dataSource, feed: store, definition, batchSize: 5000 });
      console.log(
        `  投影 / read model ${definition.name}: ${r.events} events, ${r.seconds.toFixed(1)} s (${r.method})`,
      );
    }
  } finally {
    await store.close();
  }
  // Settled as a running system would be: no first autovacuum pass over fresh tables during the load.
  await dataSource.query('VACUUM (ANALYZE)');
  return { loadS: load.seconds, projectS: (performance.now() - t0) / 1000 };
};
