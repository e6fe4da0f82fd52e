import { HoptacError, type ErrorIssue, type SafeResult, issue, safely } from '../errors.js';
import { argumentError, describeValue } from '../internal/args.js';
import { fillBoth, type Message, messageBoth, messageOf, type Param } from '../messages/index.js';
import { BY_KEY } from '../unit/units.js';
import { matchKey } from '../text/match-key.js';
import type { Catalogue, Indicator, IndicatorKind } from './types.js';

const CODE = /^[a-z0-9_]{1,64}$/;
const KINDS: readonly string[] = ['flow', 'stock', 'ratio'];
const FIELDS = new Set(['code', 'nameVi', 'nameEn', 'unit', 'kind', 'numerator', 'denominator', 'decimals']);
const MAX_INDICATORS = 10_000;

/** One indicator as {@link defineCatalogue} accepts it; `decimals` defaults to 2. */
export interface IndicatorInput {
  code: string;
  nameVi: string;
  nameEn: string;
  unit: string;
  kind: IndicatorKind;
  numerator?: string | undefined;
  denominator?: string | undefined;
  decimals?: number | undefined;
}

/** What {@link defineCatalogue} accepts: indicators as plain objects; `decimals` defaults to 2. */
export interface CatalogueInput {
  indicators: IndicatorInput[];
}

/**
 * The catalogue input's schema as a Standard Schema (https://standardschema.dev): tools that take
 * any validator (form libraries, zod's `z.custom`, tRPC...) can check a catalogue with it.
 * `parse` and `safeParse` are {@link defineCatalogue} and {@link safeDefineCatalogue}.
 */
export interface CatalogueSchema {
  parse(input: unknown): Catalogue;
  safeParse(input: unknown): SafeResult<Catalogue>;
  readonly '~standard': {
    readonly version: 1;
    readonly vendor: 'hoptac';
    validate(input: unknown): { readonly value: Catalogue } | { readonly issues: readonly { readonly message: string; readonly path: readonly (string | number)[] }[] };
  };
}

interface Row {
  code: string;
  nameVi: string;
  nameEn: string;
  unit: string;
  kind: IndicatorKind;
  decimals: number;
  numerator: string | undefined;
  denominator: string | undefined;
}

/** Field shapes of the input: every issue with its path, and the rows when there is none. */
function readRows(input: unknown, issues: ErrorIssue[]): Row[] {
  const add = (path: (string | number)[], m: Message, params: Readonly<Record<string, Param>> = {}) => issues.push(issue(path, fillBoth(m, params)));
  const type = (path: (string | number)[], expected: Message, got: unknown) =>
    add(path, got === undefined ? messageOf('issue.required') : messageOf('issue.type'), { expected, got: describeValue(got) });
  const o = input as Record<string, unknown>;
  for (const k of Object.keys(o)) if (k !== 'indicators') add([], messageOf('issue.unknown-keys'), { keys: `"${k}"` });
  const list = o['indicators'];
  if (!Array.isArray(list)) {
    type(['indicators'], messageOf('type.array'), list);
    return [];
  }
  if (list.length > MAX_INDICATORS) {
    add(['indicators'], messageOf('issue.array-max'), { max: MAX_INDICATORS });
    return [];
  }
  const rows: Row[] = [];
  list.forEach((r: unknown, i) => {
    const at = (f: string) => ['indicators', i, f];
    if (typeof r !== 'object' || r === null || Array.isArray(r)) {
      type(['indicators', i], messageOf('type.object'), r);
      return;
    }
    const x = r as Record<string, unknown>;
    const extra = Object.keys(x).filter((k) => !FIELDS.has(k));
    if (extra.length > 0) add(['indicators', i], messageOf('issue.unknown-keys'), { keys: extra.map((k) => `"${k}"`).join(', ') });
    const text = (f: string, optional = false): string | undefined => {
      const v = x[f];
      if (v === undefined && optional) return undefined;
      if (typeof v !== 'string') return void type(at(f), messageOf('type.string'), v);
      const t = f === 'nameVi' || f === 'nameEn' ? v.trim() : v;
      if (!optional && t.length === 0) return void add(at(f), messageOf('issue.empty'));
      if (t.length > 500) return void add(at(f), messageOf('issue.string-max'), { max: 500 });
      return t;
    };
    const code = text('code');
    if (code !== undefined && !CODE.test(code)) add(at('code'), messageOf('issue.type'), { expected: messageOf('catalogue.code'), got: describeValue(code) });
    const nameVi = text('nameVi');
    const nameEn = text('nameEn');
    const unit = text('unit');
    if (unit !== undefined && !BY_KEY.has(matchKey(unit))) add(at('unit'), messageOf('catalogue.unit'), { unit });
    const kind = x['kind'];
    if (typeof kind !== 'string' || !KINDS.includes(kind)) {
      if (kind === undefined) type(at('kind'), messageOf('catalogue.kind'), kind);
      else add(at('kind'), messageOf('issue.one-of'), { values: messageOf('catalogue.kind'), got: describeValue(kind) });
    }
    const numerator = text('numerator', true);
    const denominator = text('denominator', true);
    let decimals = 2;
    const d = x['decimals'];
    if (d !== undefined) {
      if (typeof d !== 'number') type(at('decimals'), messageOf('type.int'), d);
      else if (!Number.isInteger(d)) add(at('decimals'), messageOf('issue.integer'), { got: describeValue(d) });
      else if (d < 0) add(at('decimals'), messageOf('issue.number-min'), { min: 0 });
      else if (d > 12) add(at('decimals'), messageOf('issue.number-max'), { max: 12 });
      else decimals = d;
    }
    if (issues.length === 0) {
      rows.push({ code: code!, nameVi: nameVi!, nameEn: nameEn!, unit: unit!, kind: kind as IndicatorKind, decimals, numerator, denominator });
    }
  });
  return rows;
}

/**
 * Validates a custom catalogue: codes unique, units of format 1, ratio parts present, existing,
 * not ratios and not the ratio itself, decimals 0-12. Throws `invalid-catalogue` with every issue.
 *
 * @example
 * ```ts
 * import { defineCatalogue } from 'hoptac';
 * const cat = defineCatalogue({ indicators: [
 *   { code: 'jobs', nameVi: 'Việc làm mới', nameEn: 'new jobs', unit: 'người', kind: 'flow' },
 * ] });
 * cat.indicators[0]?.decimals; // 2
 * ```
 */
export function defineCatalogue(input: unknown): Catalogue {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) throw argumentError('defineCatalogue', 'input', 'catalogue-input', input);
  const issues: ErrorIssue[] = [];
  const rows = readRows(input, issues);
  if (issues.length > 0) throw invalid(issues);
  const add = (path: (string | number)[], m: Message, params: Readonly<Record<string, Param>> = {}) => issues.push(issue(path, fillBoth(m, params)));
  const byCode = new Map<string, Row>();
  rows.forEach((r, i) => {
    if (byCode.has(r.code)) add(['indicators', i, 'code'], messageOf('catalogue.duplicate-code'), { code: r.code });
    else byCode.set(r.code, r);
  });
  rows.forEach((r, i) => {
    const at = (f: string) => ['indicators', i, f];
    if (r.kind !== 'ratio') {
      if (r.numerator !== undefined || r.denominator !== undefined) add(at('numerator'), messageOf('catalogue.parts-of-non-ratio'));
      return;
    }
    for (const part of ['numerator', 'denominator'] as const) {
      const code = r[part];
      const name = messageOf(`catalogue.${part}`);
      if (code === undefined || code === '') add(at(part), messageOf('catalogue.ratio-needs-part'), { part: name });
      else if (code === r.code) add(at(part), messageOf('catalogue.ratio-own-part'), { part: name });
      else {
        const p = byCode.get(code);
        if (p === undefined) add(at(part), messageOf('catalogue.part-missing'), { part: name, code });
        else if (p.kind === 'ratio') add(at(part), messageOf('catalogue.part-is-ratio'), { part: name, code });
      }
    }
  });
  if (issues.length > 0) throw invalid(issues);
  return Object.freeze({
    indicators: Object.freeze(
      rows.map((r): Indicator => {
        const unit = BY_KEY.get(matchKey(r.unit))!.code;
        const base = { code: r.code, nameVi: r.nameVi, nameEn: r.nameEn, unit, kind: r.kind, decimals: r.decimals };
        return Object.freeze(r.kind === 'ratio' ? { ...base, numerator: r.numerator!, denominator: r.denominator! } : base);
      }),
    ),
  });
}

function invalid(issues: readonly ErrorIssue[]): HoptacError {
  const i = issues[0]!;
  const first = messageBoth('reason.at-path', { path: i.path.join('.'), message: { vi: i.messageVi, en: i.message } });
  return new HoptacError('invalid-catalogue', { count: issues.length, first }, issues);
}

/**
 * The catalogue input's schema: {@link CatalogueSchema}. Standard Schema v1, no zod inside.
 *
 * @example
 * ```ts
 * import { catalogueSchema } from 'hoptac';
 * catalogueSchema.safeParse({ indicators: [] }).success; // true
 * ```
 */
export const catalogueSchema: CatalogueSchema = {
  parse: (input) => defineCatalogue(input),
  safeParse: (input) => safeDefineCatalogue(input),
  '~standard': {
    version: 1,
    vendor: 'hoptac',
    validate(input) {
      const r = safeDefineCatalogue(input);
      return r.success ? { value: r.data } : { issues: r.error.issues.length > 0 ? r.error.issues : [{ message: r.error.message, path: [] }] };
    },
  },
};

/**
 * {@link defineCatalogue} without throwing.
 *
 * @example
 * ```ts
 * import { safeDefineCatalogue } from 'hoptac';
 * safeDefineCatalogue({ indicators: [{ code: 'Bad Code' }] }).success; // false
 * ```
 */
export function safeDefineCatalogue(input: unknown): SafeResult<Catalogue> {
  return safely(() => defineCatalogue(input));
}

/**
 * The indicator with a code, or `undefined`.
 *
 * @example
 * ```ts
 * import { builtInCatalogue, findIndicator } from 'hoptac';
 * findIndicator(builtInCatalogue, 'export_value')?.unit; // 'triệu USD'
 * ```
 */
export function findIndicator(catalogue: Catalogue, code: string): Indicator | undefined {
  return catalogue.indicators.find((i) => i.code === code);
}
