/**
 * The value checks of a workbook, after it is read: the `Rules` sheet and the built-in rules, and
 * outliers and unit slips in every board's own history. One step with a small interface: the
 * reader passes what it read and a way to report; the checks only add findings.
 */
import { builtInRules } from '../rules/builtin.js';
import { evaluateRules, type RuleStats } from '../rules/evaluate.js';
import { checkRule } from '../rules/parse.js';
import type { Rule, RuleInput } from '../rules/types.js';
import { ruleProblemText } from '../messages/rules.js';
import type { Catalogue, Indicator } from '../indicator/types.js';
import type { ObservationSet } from '../observation/set.js';
import { firstMonth, listSeries, seriesBoard, seriesIndicator, seriesMantissas, sourceAt } from '../observation/query.js';
import type { Source } from '../observation/types.js';
import { scan } from '../outliers/scan.js';
import { monthIndexText } from '../period/core.js';
import { matchKey } from '../text/match-key.js';
import { BY_KEY, UNITS, type UnitInfo } from '../unit/units.js';
import type { FindingCode, Severity } from './findings.js';
import { a1, type GridCell, type GridSheet, parseA1 } from './grid.js';
import type { Place } from './internal/collector.js';

/** Sheet names of the rules (format 1 extension). */
export const RULES_SHEET_NAMES: ReadonlySet<string> = new Set(['Rules', 'Quy tắc'].map(matchKey));

/** The `Settings` key that turns the built-in rules off, and its values. */
export const BUILTIN_RULES_KEYS: ReadonlySet<string> = new Set(['builtin_rules', 'builtin rules', 'quy tắc có sẵn'].map(matchKey));
const SWITCH = new Map<string, boolean>([
  ['on', true], ['off', false], ['true', true], ['false', false], ['yes', true], ['no', false],
  [matchKey('bật'), true], [matchKey('tắt'), false], [matchKey('có'), true], [matchKey('không'), false],
]);

/** `on`/`off` (also `bật`/`tắt`, `true`/`false`, `yes`/`no`); undefined for anything else. */
export function readSwitch(text: string): boolean | undefined {
  return SWITCH.get(matchKey(text));
}

type Report = (code: FindingCode, msg: string, place: Place, params?: Readonly<Record<string, string | number>>, severity?: Severity) => void;

/** What the checks need from the reader. */
export interface ValueChecksInput {
  /** the `Rules` sheet and its tab position, when the workbook has one */
  readonly rulesSheet: { readonly idx: number; readonly sheet: GridSheet } | undefined;
  /** `Settings` `builtin_rules` (default on) */
  readonly builtinRules: boolean;
  readonly catalogue: Catalogue;
  readonly observations: ObservationSet;
  /** tab position of each sheet by name (for the order of findings) */
  readonly sheetIndex: ReadonlyMap<string, number>;
  /** a board row's own unit where it differs from the catalogue's, by `board \0 indicator` */
  readonly rowUnits: ReadonlyMap<string, UnitInfo>;
  readonly report: Report;
}

/** What the checks counted: one entry per rule checked (skips are counted here, not reported). */
export type ValueChecksResult = readonly RuleStats[];

type RuleField = 'code' | 'left' | 'operator' | 'right' | 'severity' | 'message_vi' | 'message_en';
const RULE_FIELDS: ReadonlyArray<readonly [RuleField, ReadonlySet<string>]> = (
  [
    ['code', ['code', 'mã', 'mã quy tắc']],
    ['left', ['left', 'vế trái']],
    ['operator', ['operator', 'toán tử', 'phép so sánh']],
    ['right', ['right', 'vế phải']],
    ['severity', ['severity', 'mức độ']],
    ['message_vi', ['message_vi', 'thông báo', 'thông báo tiếng việt']],
    ['message_en', ['message_en', 'thông báo tiếng anh']],
  ] as const
).map(([f, labels]) => [f, new Set(labels.map(matchKey))] as const);
const REQUIRED: readonly RuleField[] = ['code', 'left', 'operator', 'right', 'severity'];
const TITLE_ROWS = 10;

const label = (cell: GridCell | undefined): string => (cell !== undefined && cell !== null && (cell.kind === 'text' || cell.kind === 'number') ? cell.value : '');

/**
 * Reads the `Rules` sheet (`code | left | operator | right | severity | message_vi | message_en`,
 * header on row 1 or under up to 10 title rows), checks the rules and the built-in ones on every
 * board and month, and scans every board's flows and stocks for outliers and unit slips.
 */
export function checkValues(input: ValueChecksInput): ValueChecksResult {
  const { catalogue, report } = input;
  const rules: Rule[] = input.builtinRules ? builtInRules(catalogue) : [];
  if (input.rulesSheet !== undefined) rules.push(...readRules(input.rulesSheet, catalogue, report));
  const byCode = new Map<string, Indicator>(catalogue.indicators.map((i) => [i.code, i] as const));
  const place = (src: Source | undefined): Place => {
    const cell = src?.cell === undefined ? undefined : parseA1(src.cell);
    const sheetIdx = src === undefined ? -1 : (input.sheetIndex.get(src.sheet) ?? -1);
    return cell === undefined ? { sheetIdx, sheet: src?.sheet } : { sheetIdx, sheet: src?.sheet, row: cell.row, col: cell.col };
  };

  // ---- rules ----
  let stats: readonly RuleStats[] = [];
  if (rules.length > 0) {
    const result = evaluateRules(input.observations, rules);
    stats = result.stats;
    const byRule = new Map(rules.map((r) => [r.code, r] as const));
    for (const v of result.violations) {
      const r = byRule.get(v.rule)!;
      const params = {
        rule: r.code, board: v.board, month: v.month, leftText: r.leftText, rightText: r.rightText, operator: r.operator, leftValue: v.left, rightValue: v.right,
      };
      const custom = r.messageVi ?? r.messageEn;
      if (custom === undefined) report('rule-violated', 'rule-violated', place(v.source), params, v.severity);
      else report('rule-violated', 'rule-violated.custom', place(v.source), { ...params, customVi: r.messageVi ?? custom, customEn: r.messageEn ?? custom }, v.severity);
    }
  }

  // ---- outliers ----
  const set = input.observations;
  for (const sr of listSeries(set)) {
    const code = seriesIndicator(set, sr);
    const ind = byCode.get(code);
    if (ind === undefined || ind.kind === 'ratio') continue;
    const { present, ints, scale } = seriesMantissas(sr);
    if (countOf(present) <= 12) continue; // at least 12 months of history and the month itself
    const hits = scan({ present, ints, scale, kind: ind.kind });
    if (hits.length === 0) continue;
    const board = seriesBoard(set, sr);
    const unit = BY_KEY.get(matchKey(ind.unit));
    const rowUnit = input.rowUnits.get(`${board}\u0000${code}`) ?? unit;
    for (const h of hits) {
      const month = firstMonth(sr) + h.slot;
      const src = sourceAt(set, sr, month);
      const common = { indicator: code, month: monthIndexText(month), value: h.value, unit: ind.unit, unitEn: unit?.en ?? ind.unit, median: h.median };
      if (h.kind === 'outlier') {
        if (ind.kind === 'stock') report('outlier', 'outlier.stock', place(src), { ...common, low: h.low, high: h.high, change: h.change ?? '' });
        else report('outlier', 'outlier.flow', place(src), { ...common, low: h.low, high: h.high });
        continue;
      }
      const k = h.exponent!;
      const factor = k > 0 ? `${10 ** k}` : `1/${10 ** -k}`;
      const typed = rowUnit === undefined ? undefined : UNITS.find((u) => u.base === rowUnit.base && u.exponent === rowUnit.exponent - k);
      if (typed !== undefined && rowUnit !== undefined) {
        report('unit-slip', 'unit-slip.unit', place(src), { ...common, factor, typed: typed.code, typedEn: typed.en, rowUnit: rowUnit.code, rowUnitEn: rowUnit.en });
      } else report('unit-slip', 'unit-slip.factor', place(src), { ...common, factor });
    }
  }
  return stats;
}

/**
 * How many months of a series hold a value: a function of its own, called per series, so V8
 * optimises it early (a loop inside the one call over every series runs unoptimised for longer).
 */
function countOf(present: Uint8Array): number {
  let n = 0;
  for (let t = 0; t < present.length; t++) n += present[t]!;
  return n;
}

function readRules(role: { readonly idx: number; readonly sheet: GridSheet }, catalogue: Catalogue, report: Report): Rule[] {
  const { idx, sheet } = role;
  const at = (row: number, col: number): Place => ({ sheetIdx: idx, sheet: sheet.name, row, col });
  // the header: the first of the first rows that names a rule column in column A
  let hr = 0;
  for (let r = 0; r < Math.min(sheet.rows.length, TITLE_ROWS); r++) {
    if (RULE_FIELDS[0]![1].has(matchKey(label(sheet.rows[r]?.[0])))) {
      hr = r;
      break;
    }
  }
  const header = sheet.rows[hr] ?? [];
  const cols = new Map<RuleField, number>();
  for (let c = 0; c < header.length; c++) {
    const key = matchKey(label(header[c]));
    if (key === '') continue;
    for (const [field, labels] of RULE_FIELDS) {
      if (!cols.has(field) && labels.has(key)) {
        cols.set(field, c);
        break;
      }
    }
  }
  // a sheet named Rules that names no rule column is someone's notes: left alone, like other sheets
  if (cols.size === 0) return [];
  let missing = false;
  for (const f of REQUIRED) {
    if (cols.has(f)) continue;
    missing = true;
    const aliases = [...RULE_FIELDS.find(([k]) => k === f)![1]].filter((a) => a !== f).map((a) => `"${a}"`).join(', ');
    report('bad-header', 'bad-header.missing', at(hr, header.length), { column: f, aliases });
  }
  if (missing) return [];
  const fieldCol = (f: RuleField): number => cols.get(f)!;
  const rules: Rule[] = [];
  const seen = new Map<string, number>();
  for (let r = hr + 1; r < sheet.rows.length; r++) {
    const row = sheet.rows[r];
    const text = (f: RuleField): string => {
      const c = cols.get(f);
      return c === undefined ? '' : label(row?.[c]).trim();
    };
    if (REQUIRED.every((f) => text(f) === '')) continue;
    const code = text('code');
    const ruleInput: RuleInput = {
      code,
      left: text('left'),
      operator: text('operator'),
      right: text('right'),
      severity: text('severity'),
      ...(text('message_vi') === '' ? {} : { messageVi: text('message_vi') }),
      ...(text('message_en') === '' ? {} : { messageEn: text('message_en') }),
    };
    const checked = checkRule(ruleInput, catalogue);
    if (checked.problems !== undefined) {
      for (const p of checked.problems) {
        report('bad-rule', 'bad-rule', at(r, fieldCol(p.field)), { rule: code.slice(0, 60), problemVi: ruleProblemText(p, 'vi'), problemEn: ruleProblemText(p, 'en') });
      }
      continue;
    }
    const first = seen.get(checked.rule.code);
    if (first !== undefined) {
      report('bad-rule', 'bad-rule.duplicate', at(r, fieldCol('code')), { rule: code, first: a1(first, fieldCol('code')) });
      continue;
    }
    seen.set(checked.rule.code, r);
    rules.push(checked.rule);
  }
  return rules;
}
