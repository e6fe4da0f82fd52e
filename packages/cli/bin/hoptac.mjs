#!/usr/bin/env node
// The `hoptac` command: runs the built CLI (packages/cli/dist/main.js). Exit codes: 0 no errors,
// 1 the workbook has errors, 2 unreadable input, wrong usage or an unexpected failure.
import('../dist/main.js').then(
  (m) => m.run(process.argv.slice(2)),
  (err) => {
    const missing = err && err.code === 'ERR_MODULE_NOT_FOUND';
    process.stderr.write(
      missing
        ? 'hoptac: the command is not built yet: run "npm run build" (or "npm ci") in the repository first.\n'
        : `hoptac: internal error: ${err && err.message ? String(err.message).split('\n')[0] : String(err)}\n`,
    );
    return 2;
  },
).then(
  (code) => { process.exitCode = code; },
  (err) => { process.stderr.write(`hoptac: internal error: ${err && err.message ? String(err.message).split('\n')[0] : String(err)}\n`); process.exitCode = 2; },
);
