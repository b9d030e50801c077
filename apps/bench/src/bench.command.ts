import { Command } from 'commander';

interface BenchOptions {
  duration?: number;
  events?: number;
  seed?: number;
  verify?: boolean;
  hazards?: number;
  rate?: number;
  warmup?: number;
}

export const benchCommand = new Command('bench')
  .description(
    '性能基准 / Run a benchmark ("append", "projections", "api" or "lookback"); prints machine details and one JSON line',
  )
  .argument('<name>', 'benchmark name: append, projections, api, lookback')
  // `npm run bench -- projections -- --events N` would otherwise drop the flag silently and load a million events.
  .allowExcessArguments(false)
  .option('-d, --duration <seconds>', '测量时长 / measuring time (append: per writer; api: default 30)', Number)
  .option(
    '-e, --events <count>',
    '生成并载入的事件数 / events to generate and load (projections, default 1000000; lookback, default 1550000)',
    Number,
  )
  .option('--seed <number>', '数据生成种子 / generator seed (projections, api)', Number)
  .option('--hazards <count>', '载入的隐患数 / hazards to load (api, default 100000)', Number)
  .option('--rate <perSecond>', '每秒请求数 / requests per second (api, default 300)', Number)
  .option('--warmup <seconds>', '预热时长 / warm-up before measuring (api, default 10)', Number)
  .option('--verify', '载入后校验哈希链 / verify every hash chain after loading (projections)')
  .action(async (name: string, opts: BenchOptions) => {
    // Loaded lazily: the benchmarks need devDependencies (the Emmett peer, autocannon) that production installs omit.
    const { runBench } = await import('./run-bench');
    const { duration, warmup, ...rest } = opts;
    await runBench(name, { ...rest, durationS: duration, warmupS: warmup });
  });
