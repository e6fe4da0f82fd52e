// Preloaded (`node --import`) by measure.mjs where there is no GNU time: at exit, writes the
// process's user and system CPU seconds and peak RSS (KB) to $HOPTAC_BENCH_RSS, as `time -f '%U %S %M'` would.
import { writeFileSync } from 'node:fs';

process.on('exit', () => {
  const u = process.resourceUsage();
  const file = process.env.HOPTAC_BENCH_RSS;
  if (file) writeFileSync(file, `${u.userCPUTime / 1e6} ${u.systemCPUTime / 1e6} ${u.maxRSS}\n`);
});
