import { Command } from 'commander';

export const benchCommand = new Command('bench')
  .description('性能基准 / Run a benchmark (e.g. "append"); prints machine details and one JSON line')
  .argument('<name>', 'benchmark name: append')
  .option('-d, --duration <seconds>', '每个写入方的测量时长 / measuring time per writer', Number)
  .action(async (name: string, opts: { duration?: number }) => {
    // Loaded lazily: the benchmarks need devDependencies (the Emmett peer) that production installs omit.
    const { runBench } = await import('../bench/run-bench');
    await runBench(name, { durationS: opts.duration });
  });
