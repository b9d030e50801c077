import { createDataSource, migrate } from '@hazard-ledger/platform';
import { calibrationFields, formatCalibration } from '../calibration';
import { BenchServer, printMachine, startBenchServer } from './bench-server';
import { PhaseResult, WriterKind, formatResult, measure } from './measure';
import { benchPayloadBytes } from './payload';
import { emmettWriterKind } from './writers/emmett';
import { oursWriterKind } from './writers/ours';
import { rawWriterKind } from './writers/raw';

export interface AppendBenchArgs {
  durationS?: number;
  warmupS?: number;
  writers?: number;
}

const WRITERS = 32;
const DATABASES = { ours: 'bench_ours', emmett: 'bench_emmett', raw: 'bench_raw' } as const;

const durationFrom = (args: AppendBenchArgs): number => {
  const fromEnv = process.env.BENCH_DURATION_S ? Number(process.env.BENCH_DURATION_S) : undefined;
  const seconds = args.durationS ?? fromEnv ?? 10;
  if (!Number.isFinite(seconds) || seconds <= 0) throw new Error(`Invalid bench duration: ${String(seconds)} s`);
  return seconds;
};

const migrateOurs = async (url: string): Promise<void> => {
  const dataSource = createDataSource(url);
  await dataSource.initialize();
  try {
    await migrate(dataSource);
  } finally {
    await dataSource.destroy();
  }
};

const printRun = (server: BenchServer, durationS: number, warmupS: number, writers: number): void => {
  printMachine(
    server,
    'Append benchmark',
    `${writers} writers × 1 event per append, own stream each, exact expected revision; ` +
      `${warmupS} s warm-up + ${durationS} s measured per writer kind`,
  );
  console.log(`  Payload:  ${benchPayloadBytes()} bytes of JSON (data + envelope metadata) per event`);
};

// Run one kind at a time and close it before the next, so the kinds never compete for the server.
const run = async (
  server: BenchServer,
  make: () => Promise<WriterKind>,
  o: Parameters<typeof measure>[1],
): Promise<PhaseResult> => {
  const kind = await make();
  await server.checkpoint();
  try {
    return await measure(kind, o);
  } finally {
    await kind.close();
  }
};

export const runAppendBench = async (args: AppendBenchArgs = {}): Promise<void> => {
  const durationS = durationFrom(args);
  const warmupS = args.warmupS ?? 1;
  const writers = args.writers ?? WRITERS;
  const options = { writers, warmupMs: warmupS * 1000, durationMs: durationS * 1000 };
  const server = await startBenchServer(Object.values(DATABASES));
  try {
    if (server.settings.fsync !== 'on' || server.settings.synchronous_commit !== 'on')
      throw new Error('The append bench must run on a durable server (fsync=on, synchronous_commit=on)');
    await migrateOurs(server.url(DATABASES.ours));
    printRun(server, durationS, warmupS, writers);
    const before = await server.calibrate();
    console.log(formatCalibration('before', before));

    // Ours first: Emmett's driver swaps pg's global type parsers when loaded (restored when it closes).
    const ours = await run(server, async () => oursWriterKind(server.url(DATABASES.ours), writers), options);
    console.log(formatResult(ours));
    const emmett = await run(server, () => emmettWriterKind(server.url(DATABASES.emmett), writers), options);
    console.log(formatResult(emmett));
    const raw = await run(server, () => rawWriterKind(server.url(DATABASES.raw), writers), options);
    console.log(formatResult(raw));

    const after = await server.calibrate();
    console.log(formatCalibration('after', after));
    const ratio = (a: number, b: number) => Math.round((a / b) * 100) / 100;
    console.log(
      JSON.stringify({
        bench: 'append',
        ours_eps: Math.round(ours.eps),
        emmett_eps: Math.round(emmett.eps),
        raw_eps: Math.round(raw.eps),
        ours_vs_emmett: ratio(ours.eps, emmett.eps),
        ours_vs_raw: ratio(ours.eps, raw.eps),
        ...calibrationFields(before, after),
      }),
    );
  } finally {
    await server.stop();
  }
};
