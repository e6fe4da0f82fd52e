/**
 * The shape of a saved workbook snapshot, checked by hand: the same rules a schema would state
 * (strict objects, strings, integers, decimals, months, bounded arrays), with issues in the
 * words of the catalogue's `issue` section and their paths. Written out rather than declared with zod, so that
 * reading a workbook (the command's analysis worker, the add-in) never loads a schema library.
 */
import { type ErrorIssue, issue } from '../errors.js';
import { parseScaled } from '../decimal/scaled.js';
import { isMonthText } from '../period/month-text.js';
import { describeValue } from '../internal/args.js';
import { type Message, messageBoth, messageBothOf } from '../messages/index.js';

type Path = readonly (string | number)[];
/** Checks a value at a path, adding what is wrong to `out`. */
type Check = (v: unknown, path: Path, out: ErrorIssue[]) => void;

const MAX_ISSUES = 100;
/** The words of a type a value should have (`một chuỗi ký tự` / `a string`). */
const typeName = (expected: string): Message => messageBothOf(`type.${expected}`) ?? { vi: expected, en: expected };
const push = (out: ErrorIssue[], path: Path, text: Message): void => {
  if (out.length < MAX_ISSUES) out.push(issue([...path], text));
};
const wrongType = (out: ErrorIssue[], path: Path, expected: string, v: unknown): void =>
  push(out, path, v === undefined ? messageBoth('issue.required', { expected: typeName(expected) }) : messageBoth('issue.type', { expected: typeName(expected), got: describeValue(v) }));

const text = (min = 0, max = Infinity, valid?: (v: string) => boolean): Check => (v, path, out) => {
  if (typeof v !== 'string') return wrongType(out, path, 'string', v);
  if (v.length < min) push(out, path, min === 1 ? messageBoth('issue.empty') : messageBoth('issue.string-min', { min: String(min) }));
  else if (v.length > max) push(out, path, messageBoth('issue.string-max', { max: String(max) }));
  else if (valid !== undefined && !valid(v)) push(out, path, messageBoth('issue.format', { got: describeValue(v) }));
};
const int = (min = -Infinity, above = false): Check => (v, path, out) => {
  if (typeof v !== 'number' || !Number.isSafeInteger(v)) return wrongType(out, path, 'int', v);
  if (above ? v <= min : v < min) push(out, path, messageBoth(above ? 'issue.number-above' : 'issue.number-min', { min: String(min) }));
};
const decimal: Check = (v, path, out) => {
  if (typeof v !== 'string') return wrongType(out, path, 'string', v);
  if (parseScaled(v) === undefined) push(out, path, messageBoth('issue.format', { got: describeValue(v) }));
};
const nullable = (c: Check): Check => (v, path, out) => (v === null ? undefined : c(v, path, out));
const literal = (value: string): Check => (v, path, out) => {
  if (v !== value) push(out, path, messageBoth('issue.one-of', { values: JSON.stringify(value), got: describeValue(v) }));
};
const array = (item: Check, max = Infinity): Check => (v, path, out) => {
  if (!Array.isArray(v)) return wrongType(out, path, 'array', v);
  if (v.length > max) return push(out, path, messageBoth('issue.array-max', { max: String(max) }));
  for (let k = 0; k < v.length && out.length < MAX_ISSUES; k++) item(v[k], [...path, k], out);
};
const tuple = (items: readonly Check[]): Check => (v, path, out) => {
  if (!Array.isArray(v)) return wrongType(out, path, 'array', v);
  if (v.length !== items.length) return push(out, path, v.length < items.length ? messageBoth('issue.array-min', { min: String(items.length) }) : messageBoth('issue.array-max', { max: String(items.length) }));
  items.forEach((c, k) => c(v[k], [...path, k], out));
};
/** An object with exactly these fields (`optional` ones may be left out). */
const strict = (fields: Readonly<Record<string, Check>>, optional: readonly string[] = []): Check => (v, path, out) => {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return wrongType(out, path, 'object', v);
  const o = v as Record<string, unknown>;
  const unknown = Object.keys(o).filter((k) => !Object.hasOwn(fields, k));
  if (unknown.length > 0) push(out, path, messageBoth('issue.unknown-keys', { keys: unknown.map((k) => `"${k}"`).join(', ') }));
  for (const [k, c] of Object.entries(fields)) {
    if (o[k] === undefined && optional.includes(k)) continue;
    c(o[k], [...path, k], out);
  }
};

const str = text();
const valueShape = strict({ board: str, indicator: str, year: int(), value: decimal, sheet: str, cell: str }, ['year', 'sheet', 'cell']);
const snapshotShape = strict(
  {
    format: literal('hoptac-workbook-snapshot/1'),
    hash: text(0, Infinity, (v) => /^[0-9a-f]{64}$/.test(v)),
    takenAt: text(0, 64),
    boards: array(str),
    series: array(
      strict(
        {
          board: text(1),
          indicator: text(1),
          start: text(0, Infinity, isMonthText),
          values: array(nullable(decimal), 12 * 1000),
          estimated: array(int(0)),
          cells: array(tuple([int(0), str, str, int(0, true)])),
        },
        ['estimated'],
      ),
    ),
    openings: array(valueShape),
    targets: array(valueShape),
    units: array(strict({ board: str, indicator: str, unit: str, exponent: int(), sheet: str, cell: str }, ['cell'])),
  },
  ['takenAt'],
);

/** Every way `v` is not a workbook snapshot's shape (at most 100), empty when it is one. */
export function snapshotShapeIssues(v: unknown): ErrorIssue[] {
  const out: ErrorIssue[] = [];
  snapshotShape(v, [], out);
  return out;
}
