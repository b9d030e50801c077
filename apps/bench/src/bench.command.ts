import { Command } from 'commander';

export const benchCommand = new Command('bench')
  .description('性能基准 / Run a benchmark ("append" or "projections"); prints machine details and one JSON line')
  .argument('<name>', 'benchmark name: append, projections')
  // `npm run bench -- projections -- --events N` would otherwise drop the flag silently and load a million events.
  .allowExcessArguments(false)
  .option('-d, --duration <seconds>', '每个写入方的测量时长 / measuring time per writer (append)', Number)
  .option(
    '-e, --events <count>',
    '生成并载入的事件数 / events to generate and load (projections, default 1000000)',
    Number,
  )
  .option('--seed <number>', '数据生成种子 / generator seed (projections)', Number)
  .option('--verify', '载入后校验哈希链 / verify every hash chain after loading (projections)')
  .action(async (name: string, opts: { duration?: number; events?: number; seed?: number; verify?: boolean }) => {
    // Loaded lazily: the benchmarks need devDependencies (the Emmett peer) that production installs omit.
    const { runBench } = await import('./run-bench');
    await runBench(name, { durationS: opts.duration, events: opts.events, seed: opts.seed, verify: opts.verify });
  });
