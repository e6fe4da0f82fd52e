// Preloaded (`node --import`) by startup.bench.mjs into `hoptac check`: notes, in ms since the
// process started (performance.now()), when the first worker thread was created, its first
// message (the analysis worker's "ready"), the first message given to it (the job) and its second
// message (the answer), and writes them to $HOPTAC_BENCH_WORKER_TIMES as JSON at exit.
import { syncBuiltinESMExports } from 'node:module';
import { writeFileSync } from 'node:fs';
import threads from 'node:worker_threads';

const times = {};
const Base = threads.Worker;
threads.Worker = class extends Base {
  constructor(...args) {
    const t = performance.now();
    super(...args);
    times.created ??= t;
    let n = 0;
    this.on('message', () => {
      n += 1;
      if (n === 1) times.first ??= performance.now();
      if (n === 2) times.second ??= performance.now();
    });
  }
  postMessage(...args) {
    times.job ??= performance.now();
    return super.postMessage(...args);
  }
};
syncBuiltinESMExports();

process.on('exit', () => {
  times.exit = performance.now();
  const file = process.env.HOPTAC_BENCH_WORKER_TIMES;
  if (file) writeFileSync(file, JSON.stringify(times));
});
