/**
 * The rule grammar, one owner: a tokenizer and a recursive-descent parser with character positions
 * for messages, and the checks of a whole rule (operator, severity, known indicators).
 *
 *   expression := term (('+' | '-') term)*
 *   term       := factor (('*' | '/') factor)*
 *   factor     := '-' factor | number | indicator | '(' expression ')'
 *   number     := digits ('.' digits)?          (a point, never a comma: `1,5` is ambiguous)
 *   indicator  := [a-z_][a-z0-9_]*              (case-insensitive)
 */
import { unsignedDecimalLength } from '../decimal/decimal-text.js';
import { HoptacError, safely, type SafeResult } from '../errors.js';
import type { Catalogue, Indicator } from '../indicator/types.js';
import { matchKey } from '../text/match-key.js';
import { ruleProblemText } from '../messages/rules.js';
import type { Rule, RuleExpression, RuleInput, RuleOperator, RuleProblem, RuleSeverity } from './types.js';

/** Longest side accepted (characters), so a pasted paragraph is a clear problem, not a deep parse. */
export const MAX_EXPRESSION_LENGTH = 500;
const MAX_DEPTH = 50;

const OPERATORS: ReadonlyMap<string, RuleOperator> = new Map<string, RuleOperator>([
  ['<=', '<='], ['≤', '<='], ['=<', '<='],
  ['<', '<'],
  ['=', '='], ['==', '='],
  ['>=', '>='], ['≥', '>='], ['=>', '>='],
  ['>', '>'],
  ['!=', '!='], ['<>', '!='], ['≠', '!='],
]);

const SEVERITIES: ReadonlyMap<string, RuleSeverity> = new Map<string, RuleSeverity>([
  ['error', 'error'], [matchKey('lỗi'), 'error'],
  ['warning', 'warning'], [matchKey('cảnh báo'), 'warning'],
]);

const RULE_CODE = /^[A-Za-z0-9_.-]{1,64}$/;

class ParseProblem extends Error {
  constructor(readonly problem: Omit<RuleProblem, 'field'>) {
    super(problem.reason);
  }
}

/**
 * Parses one side of a rule into an expression, without checking indicator codes.
 * Throws a private ParseProblem with the position (1-based) of the first thing that is wrong.
 */
function parseExpression(text: string): RuleExpression {
  let i = 0;
  const n = text.length;
  const skip = () => {
    while (i < n && (text[i] === ' ' || text[i] === '\t' || text[i] === '\u00a0')) i++;
  };
  const fail = (reason: RuleProblem['reason'], at: number, token?: string): never => {
    throw new ParseProblem(token === undefined ? { reason, position: at + 1 } : { reason, position: at + 1, token });
  };
  const tokenAt = (at: number): string => {
    const m = /^([A-Za-z0-9_.,]+|\S)/.exec(text.slice(at));
    return m?.[1] ?? '';
  };
  const expression = (depth: number): RuleExpression => {
    if (depth > MAX_DEPTH) fail('unexpected', i, tokenAt(i));
    let left = term(depth);
    for (;;) {
      skip();
      const c = text[i];
      if (c !== '+' && c !== '-') return left;
      const pos = i + 1;
      i++;
      left = { kind: 'binary', op: c, left, right: term(depth), pos };
    }
  };
  const term = (depth: number): RuleExpression => {
    let left = factor(depth);
    for (;;) {
      skip();
      const c = text[i];
      if (c !== '*' && c !== '/') return left;
      const pos = i + 1;
      i++;
      left = { kind: 'binary', op: c, left, right: factor(depth), pos };
    }
  };
  const factor = (depth: number): RuleExpression => {
    skip();
    if (i >= n) return fail('end', Math.max(i - 1, 0));
    const start = i;
    const c = text[i]!;
    if (c === '-') {
      i++;
      return { kind: 'negate', operand: factor(depth + 1), pos: start + 1 };
    }
    if (c === '(') {
      i++;
      const inner = expression(depth + 1);
      skip();
      if (i >= n) return fail('end', n - 1);
      if (text[i] !== ')') return fail('unexpected', i, tokenAt(i));
      i++;
      return inner;
    }
    if (c >= '0' && c <= '9') {
      const value = text.slice(i, i + unsignedDecimalLength(text, i));
      i += value.length;
      // `1,5` or `1.` or `1e3`: say it is not a number as written
      if (i < n && /[A-Za-z0-9_.,]/.test(text[i]!)) return fail('number', start, tokenAt(start));
      return { kind: 'number', value, pos: start + 1 };
    }
    if (/[A-Za-z_]/.test(c)) {
      const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(text.slice(i))!;
      i += m[0].length;
      return { kind: 'indicator', code: m[0].toLowerCase(), pos: start + 1 };
    }
    return fail('unexpected', i, tokenAt(i));
  };
  const e = expression(0);
  skip();
  if (i < n) fail('unexpected', i, tokenAt(i));
  return e;
}

/** Every indicator code an expression names, in order of first appearance. */
function indicatorsOf(e: RuleExpression, out: string[]): string[] {
  switch (e.kind) {
    case 'indicator':
      if (!out.includes(e.code)) out.push(e.code);
      break;
    case 'negate':
      indicatorsOf(e.operand, out);
      break;
    case 'binary':
      indicatorsOf(e.left, out);
      indicatorsOf(e.right, out);
      break;
    default:
      break;
  }
  return out;
}

/** A ratio indicator stands for its parts: numerator / denominator (× 100 for `%`). */
function expandRatios(e: RuleExpression, byCode: ReadonlyMap<string, Indicator>): RuleExpression {
  switch (e.kind) {
    case 'indicator': {
      const ind = byCode.get(e.code);
      if (ind?.kind !== 'ratio' || ind.numerator === undefined || ind.denominator === undefined) return e;
      const q: RuleExpression = { kind: 'binary', op: '/', left: { kind: 'indicator', code: ind.numerator, pos: e.pos }, right: { kind: 'indicator', code: ind.denominator, pos: e.pos }, pos: e.pos };
      return ind.unit === '%' ? { kind: 'binary', op: '*', left: q, right: { kind: 'number', value: '100', pos: e.pos }, pos: e.pos } : q;
    }
    case 'negate':
      return { ...e, operand: expandRatios(e.operand, byCode) };
    case 'binary':
      return { ...e, left: expandRatios(e.left, byCode), right: expandRatios(e.right, byCode) };
    default:
      return e;
  }
}

/**
 * Checks a rule as written and returns it parsed, or every problem found (a rule field by field:
 * code, operator, severity, each side's syntax and its indicator codes against the catalogue).
 * @internal the workbook reader turns the problems into `bad-rule` findings
 */
export function checkRule(input: RuleInput, catalogue: Catalogue | undefined): { rule: Rule; problems?: undefined } | { rule?: undefined; problems: RuleProblem[] } {
  const problems: RuleProblem[] = [];
  const code = String(input.code ?? '').trim();
  if (code === '') problems.push({ field: 'code', reason: 'blank' });
  else if (!RULE_CODE.test(code)) problems.push({ field: 'code', reason: 'code', token: code.slice(0, 60) });
  const opText = String(input.operator ?? '').trim();
  const operator = OPERATORS.get(opText);
  if (opText === '') problems.push({ field: 'operator', reason: 'blank' });
  else if (operator === undefined) problems.push({ field: 'operator', reason: 'operator', token: opText.slice(0, 20) });
  const sevText = String(input.severity ?? '').trim();
  const severity = SEVERITIES.get(matchKey(sevText));
  if (sevText === '') problems.push({ field: 'severity', reason: 'blank' });
  else if (severity === undefined) problems.push({ field: 'severity', reason: 'severity', token: sevText.slice(0, 20) });
  const byCode = new Map<string, Indicator>((catalogue?.indicators ?? []).map((ind) => [ind.code, ind] as const));
  const sides: { field: 'left' | 'right'; text: string; expr?: RuleExpression }[] = [
    { field: 'left', text: String(input.left ?? '').trim() },
    { field: 'right', text: String(input.right ?? '').trim() },
  ];
  for (const side of sides) {
    if (side.text === '') {
      problems.push({ field: side.field, reason: 'blank' });
      continue;
    }
    if (side.text.length > MAX_EXPRESSION_LENGTH) {
      problems.push({ field: side.field, reason: 'too-long', token: String(MAX_EXPRESSION_LENGTH) });
      continue;
    }
    try {
      side.expr = parseExpression(side.text);
    } catch (e) {
      if (!(e instanceof ParseProblem)) throw e;
      problems.push({ field: side.field, ...e.problem });
      continue;
    }
    if (catalogue !== undefined) {
      const unknown = firstUnknown(side.expr, byCode);
      if (unknown !== undefined) problems.push({ field: side.field, reason: 'unknown-indicator', position: unknown.pos, token: unknown.code });
    }
  }
  const [l, r] = sides;
  if (problems.length === 0 && l!.expr !== undefined && r!.expr !== undefined) {
    const left = expandRatios(l!.expr, byCode);
    const right = expandRatios(r!.expr, byCode);
    const indicators = indicatorsOf(right, indicatorsOf(left, []));
    if (indicators.length === 0) return { problems: [{ field: 'left', reason: 'no-indicator' }] };
    const rule: Rule = {
      code,
      left,
      operator: operator!,
      right,
      leftText: l!.text,
      rightText: r!.text,
      severity: severity!,
      indicators,
      origin: 'sheet',
      ...(nonBlank(input.messageVi) === undefined ? {} : { messageVi: nonBlank(input.messageVi)! }),
      ...(nonBlank(input.messageEn) === undefined ? {} : { messageEn: nonBlank(input.messageEn)! }),
    };
    return { rule: Object.freeze(rule) };
  }
  return { problems };
}

const nonBlank = (s: string | undefined): string | undefined => {
  const t = typeof s === 'string' ? s.trim() : '';
  return t === '' ? undefined : t;
};

function firstUnknown(e: RuleExpression, byCode: ReadonlyMap<string, Indicator>): { code: string; pos: number } | undefined {
  switch (e.kind) {
    case 'indicator':
      return byCode.has(e.code) ? undefined : { code: e.code, pos: e.pos };
    case 'negate':
      return firstUnknown(e.operand, byCode);
    case 'binary':
      return firstUnknown(e.left, byCode) ?? firstUnknown(e.right, byCode);
    default:
      return undefined;
  }
}

/**
 * Parses and checks a validation rule: `left operator right` over indicator codes, with `+ - * /`,
 * parentheses and decimal constants (a point for decimals); operators `<= < = >= > !=` (also
 * `≤ ≥ ≠ <>`); severity `error` or `warning` (`lỗi`, `cảnh báo`). With a catalogue, every code
 * must be in it, and a ratio indicator stands for its parts (numerator / denominator, × 100 for `%`).
 * Throws `HoptacError` `invalid-rule` listing every problem, each with its field and position.
 *
 * @example
 * ```ts
 * import { parseRule, builtInCatalogue } from 'hoptac';
 * const rule = parseRule({ code: 'foreign_share', left: 'workers_foreign * 10', operator: '<=', right: 'workers_total', severity: 'warning' }, builtInCatalogue);
 * rule.indicators; // ['workers_foreign', 'workers_total']
 * ```
 */
export function parseRule(input: RuleInput, catalogue?: Catalogue): Rule {
  const r = checkRule(input, catalogue);
  if (r.rule !== undefined) return r.rule;
  const issues = r.problems.map((p) => ({ path: [p.field], message: ruleProblemText(p, 'en'), messageVi: ruleProblemText(p, 'vi') }));
  throw new HoptacError(
    'invalid-rule',
    { rule: String(input.code ?? ''), count: r.problems.length, first: ruleProblemText(r.problems[0]!, 'en'), firstVi: ruleProblemText(r.problems[0]!, 'vi') },
    issues,
  );
}

/**
 * {@link parseRule} without throwing: `{ success, data | error }`.
 *
 * @example
 * ```ts
 * import { safeParseRule } from 'hoptac';
 * const r = safeParseRule({ code: 'r1', left: 'export_value +', operator: '<=', right: '10', severity: 'error' });
 * r.success; // false (the left side ends too early)
 * ```
 */
export function safeParseRule(input: RuleInput, catalogue?: Catalogue): SafeResult<Rule> {
  return safely(() => parseRule(input, catalogue));
}
