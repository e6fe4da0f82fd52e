#!/usr/bin/env node
import('../dist/main.js').then((m) => m.run(process.argv.slice(2))).then(
  (code) => { process.exitCode = code; },
  (err) => { process.stderr.write(`hoptac: internal error: ${err && err.message ? err.message : String(err)}\n`); process.exitCode = 2; },
);
