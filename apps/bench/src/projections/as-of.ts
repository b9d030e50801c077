import { Hazard, RecordedEvent, hazardDecider } from '@hazard-ledger/domain';
import { evolveHazard, foldHazardStream } from '@hazard-ledger/read-models';
import { LONG_HAZARD_EVENTS, LONG_HAZARD_STREAM } from './long-hazard';
import { ProjectionsMeasurement } from './measurement';
import { Prng } from './prng';
import { ms3, percentile, timeSamples } from './stats';

export const AS_OF_SAMPLES = 2000;
/**
 * Unmeasured reads on both axes first, as a serving API process has done: with only timeSamples' 100, whichever
 * axis was measured first paid for V8 optimising the fold (200 000 events: p99 5.6 ms first, 4.1 ms on a second
 * pass of the same axis).
 */
export const AS_OF_WARMUP = 1000;

/** A whole stream folded from the start, with the fold every hazard read uses. */
export const foldHazard = (events: readonly RecordedEvent[]): Hazard =>
  events.reduce(evolveHazard, hazardDecider.initialState());

/**
 * As-of reconstruction of the 200-event hazard: random instants within its recorded history (system time,
 * `toRecordedAt`) and within its claimed history (valid time, `toOccurredAt`), each answered one at a time as
 * GET /hazards/:id does (foldHazardStream: the newest snapshot inside the cut, then the events after it).
 */
export const asOfMeasurement =
  (samples = AS_OF_SAMPLES): ProjectionsMeasurement =>
  async ({ store, dataset }) => {
    const all = await store.readStream(LONG_HAZARD_STREAM);
    if (all.length !== LONG_HAZARD_EVENTS || foldHazard(all).status !== 'closed')
      throw new Error(`${LONG_HAZARD_STREAM}: expected ${LONG_HAZARD_EVENTS} events ending closed, got ${all.length}`);
    const span = (times: number[]) => [Math.min(...times), Math.max(...times)] as const;
    const [recFrom, recTo] = span(all.map((e) => Date.parse(e.recordedAt)));
    const [occFrom, occTo] = span(all.map((e) => Date.parse(e.metadata.occurredAt)));
    const rng = new Prng(dataset.seed, 0xa5a5);
    let read = 0;
    let empty = 0;
    const sources = { snapshots: store.pool, feed: store };
    const reconstruct = async (cut: 'toRecordedAt' | 'toOccurredAt', from: number, to: number, i: number) => {
      const at = new Date(rng.between(from, to)).toISOString();
      const fold = await foldHazardStream(sources, LONG_HAZARD_STREAM, { [cut]: at });
      if (fold.hazard.status === 'not_discovered') empty += 1;
      if (i >= 0) read += Number(fold.revision ?? -1n) - Number(fold.fromSnapshot ?? -1n);
    };
    for (let i = 0; i < Math.min(AS_OF_WARMUP, samples); i++)
      await (i % 2 === 0
        ? reconstruct('toRecordedAt', recFrom, recTo, -1)
        : reconstruct('toOccurredAt', occFrom, occTo, -1));
    const asOf = await timeSamples(samples, (i) => reconstruct('toRecordedAt', recFrom, recTo, i));
    const asOfRead = read;
    read = 0;
    const validAt = await timeSamples(samples, (i) => reconstruct('toOccurredAt', occFrom, occTo, i));
    console.log(
      `as-of（系统时间 / system time）: ${samples} samples, ${(asOfRead / samples).toFixed(0)} events folded on ` +
        `average, p50 ${percentile(asOf, 50).toFixed(2)} ms, p99 ${percentile(asOf, 99).toFixed(2)} ms`,
    );
    console.log(
      `valid-at（发生时间 / valid time）: ${samples} samples, ${(read / samples).toFixed(0)} events folded on ` +
        `average, p50 ${percentile(validAt, 50).toFixed(2)} ms, p99 ${percentile(validAt, 99).toFixed(2)} ms`,
    );
    if (empty > 0) throw new Error(`${empty} as-of reads found no discovery event`);
    return {
      asof_p50_ms: ms3(percentile(asOf, 50)),
      asof_p99_ms: ms3(percentile(asOf, 99)),
      validat_p99_ms: ms3(percentile(validAt, 99)),
    };
  };

export const measureAsOf = asOfMeasurement();
