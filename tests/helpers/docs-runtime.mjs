// The checks a README code block runs with (imported first by every instrumented block; see
// tests/helpers/docs.ts). Plain JavaScript so that Node loads it as it is.
import { writeFileSync } from 'node:fs';
import { formatWithOptions, inspect } from 'node:util';

const results = [];
let printed = [];
let claimed = 0;
const out = process.env.HOPTAC_DOCS_RESULT;

for (const name of ['log', 'info']) {
  console[name] = (...args) => {
    printed.push(...formatWithOptions({ colors: false }, ...args).split('\n'));
  };
}

/** Structural equality: same primitives (Object.is), same arrays, same own enumerable keys; prototypes aside. */
function same(a, b) {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) return a.length === b.length && a.every((x, i) => same(x, b[i]));
  const ka = Object.keys(a).filter((k) => a[k] !== undefined).sort();
  const kb = Object.keys(b).filter((k) => b[k] !== undefined).sort();
  return ka.length === kb.length && ka.every((k, i) => k === kb[i] && same(a[k], b[k]));
}

const show = (v) => inspect(v, { depth: 8, breakLength: Infinity, colors: false });

/** `expr; // VALUE` */
export function value(id, actual, expected) {
  results.push(same(actual, expected) ? { id, ok: true } : { id, ok: false, got: show(actual), want: show(expected) });
}

/** Before a statement followed by `// prints ...`: its output starts here. */
export function mark(id) {
  if (printed.length > claimed) results.push({ id, ok: false, unclaimed: printed.slice(claimed) });
  claimed = printed.length;
}

/** After that statement: what it printed, line by line. */
export function prints(id, expected) {
  const got = printed.slice(claimed);
  claimed = printed.length;
  results.push(same(got, expected) ? { id, ok: true } : { id, ok: false, got: got.join('\n'), want: expected.join('\n') });
}

/** `stmt; // throws Name 'code'` */
export function throws(id, run, name, code) {
  try {
    run();
  } catch (e) {
    const okName = e?.name === name || e?.constructor?.name === name;
    const okCode = code === undefined || e?.code === code;
    results.push(okName && okCode ? { id, ok: true } : { id, ok: false, got: `${e?.name} ${show(e?.code)}: ${e?.message}`, want: `${name}${code === undefined ? '' : ` '${code}'`}` });
    return;
  }
  results.push({ id, ok: false, got: 'no error', want: `${name}${code === undefined ? '' : ` '${code}'`}` });
}

/** The block's last statement: output no comment claimed is a failure too. */
export function done() {
  if (printed.length > claimed) results.push({ id: -1, ok: false, unclaimed: printed.slice(claimed) });
  writeFileSync(out, JSON.stringify(results));
}
