#!/usr/bin/env node
// The `hoptac` command: runs the built CLI (packages/cli/dist/main.js). Exit codes: 0 no errors,
// 1 the workbook has errors, 2 unreadable input, wrong usage or an unexpected failure.
// `hoptac --version` (or `-v`) alone is answered here from package.json, without loading the
// command at all (main.js answers every other form of it the same way).
import { readFileSync } from 'node:fs';

const argv = process.argv.slice(2);
const internal = (err) => `hoptac: internal error: ${err && err.message ? String(err.message).split('\n')[0] : String(err)}\n`;

function version() {
  try {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
    return typeof pkg.version === 'string' ? pkg.version : '0.0.0';
  } catch {
    return '0.0.0';
  }
}

if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-v')) {
  // a reader that goes away (`hoptac --version | head -c 0`) ends it quietly, as in io.ts
  process.stdout.on('error', (e) => {
    if (e.code === 'EPIPE') process.exit(0);
    throw e;
  });
  process.stdout.write(`${version()}\n`);
} else {
  import('../dist/main.js').then(
    (m) => m.run(argv),
    (err) => {
      const missing = err && err.code === 'ERR_MODULE_NOT_FOUND';
      process.stderr.write(missing ? 'hoptac: the command is not built yet: run "npm run build" (or "npm ci") in the repository first.\n' : internal(err));
      return 2;
    },
  ).then(
    (code) => endWith(code),
    (err) => { process.stderr.write(internal(err)); process.exitCode = 2; },
  );
}

// The command is done and has said all it had to: end once standard output and standard error
// have taken every byte, rather than wait for the analysis worker's heap to be torn down first
// (the exit code is set either way, should a stream never call back).
function endWith(code) {
  process.exitCode = code;
  let open = 2;
  const done = () => { if (--open === 0) process.exit(code); };
  for (const stream of [process.stdout, process.stderr]) {
    if (stream.destroyed || stream.writableEnded) done();
    else stream.write('', done);
  }
}
