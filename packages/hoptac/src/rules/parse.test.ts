import { describe, expect, test } from 'vitest';
import { builtInCatalogue } from '../indicator/builtin.js';
import { isHoptacError } from '../errors.js';
import { checkRule, parseRule, safeParseRule } from './parse.js';
import type { RuleInput } from './types.js';

const input = (left: string, right: string, operator = '<=', severity = 'error'): RuleInput => ({ code: 'r1', left, operator, right, severity });
const problems = (i: RuleInput) => checkRule(i, builtInCatalogue).problems?.map((p) => [p.field, p.reason, p.position ?? null, p.token ?? null]);

describe('parseRule', () => {
  test('precedence, parentheses, unary minus, constants; codes case-insensitive', () => {
    const r = parseRule(input('(Workers_Foreign + 2) * 3 - -1.5', 'workers_total / 2'), builtInCatalogue);
    expect(r.indicators).toEqual(['workers_foreign', 'workers_total']);
    expect(r.left).toMatchObject({ kind: 'binary', op: '-', left: { kind: 'binary', op: '*' }, right: { kind: 'negate', operand: { kind: 'number', value: '1.5' } } });
    expect(r.right).toMatchObject({ kind: 'binary', op: '/', left: { kind: 'indicator', code: 'workers_total' }, right: { kind: 'number', value: '2' } });
    expect(r.leftText).toBe('(Workers_Foreign + 2) * 3 - -1.5');
  });

  test.each([
    ['<=', '<='], ['≤', '<='], ['<', '<'], ['=', '='], ['==', '='], ['>=', '>='], ['≥', '>='], ['>', '>'], ['!=', '!='], ['<>', '!='], ['≠', '!='],
  ])('operator %s', (text, op) => {
    expect(parseRule(input('export_value', '0', text), builtInCatalogue).operator).toBe(op);
  });

  test('severity in English or Vietnamese', () => {
    expect(parseRule(input('export_value', '0', '>=', 'Cảnh báo'), builtInCatalogue).severity).toBe('warning');
    expect(parseRule(input('export_value', '0', '>=', 'lỗi'), builtInCatalogue).severity).toBe('error');
  });

  test('a ratio stands for its parts (× 100 for %)', () => {
    const r = parseRule(input('occupancy_rate', '100'), builtInCatalogue);
    expect(r.indicators).toEqual(['leased_land_area', 'industrial_land_area']);
    expect(r.left).toMatchObject({ kind: 'binary', op: '*', left: { kind: 'binary', op: '/' }, right: { value: '100' } });
  });

  test.each([
    ['export_value +', [['left', 'end', 14, null]]],
    ['export_value * (2', [['left', 'end', 17, null]]],
    ['1,5 * export_value', [['left', 'number', 1, '1,5']]],
    ['export_value 2', [['left', 'unexpected', 14, '2']]],
    ['export_value ^ 2', [['left', 'unexpected', 14, '^']]],
    ['2.', [['left', 'number', 1, '2.']]],
    ['1e3', [['left', 'number', 1, '1e3']]],
    ['export_valu * 2', [['left', 'unknown-indicator', 1, 'export_valu']]],
    ['2 * (workers_total + foo)', [['left', 'unknown-indicator', 22, 'foo']]],
    [')', [['left', 'unexpected', 1, ')']]],
  ])('%s: the problem and its position', (left, expected) => {
    expect(problems(input(left, '0'))).toEqual(expected);
  });

  test('every field is checked in one pass', () => {
    expect(problems({ code: 'bad code!', left: '', operator: '=>>', right: 'x +', severity: 'fatal' })).toEqual([
      ['code', 'code', null, 'bad code!'],
      ['operator', 'operator', null, '=>>'],
      ['severity', 'severity', null, 'fatal'],
      ['left', 'blank', null, null],
      ['right', 'end', 3, null],
    ]);
  });

  test('constants on both sides name no indicator', () => {
    expect(problems(input('1', '2'))).toEqual([['left', 'no-indicator', null, null]]);
  });

  test('a side longer than 500 characters, or nested too deep, is a problem, not a crash', () => {
    expect(problems(input(`${'export_value + '.repeat(40)}1`, '0'))).toEqual([['left', 'too-long', null, '500']]);
    expect(problems(input(`${'('.repeat(100)}export_value${')'.repeat(100)}`, '0'))?.[0]?.[1]).toBe('unexpected');
    expect(problems(input(`${'('.repeat(60)}1${')'.repeat(60)}`, '0'))?.[0]?.[1]).toBe('unexpected');
  });

  test('throws HoptacError invalid-rule with every problem in vi and en; safeParseRule returns it', () => {
    const r = safeParseRule({ code: 'r9', left: 'export_value +', operator: '<=', right: '10', severity: 'bad' }, builtInCatalogue);
    expect(r.success).toBe(false);
    if (r.success) return;
    expect(isHoptacError(r.error)).toBe(true);
    expect(r.error.code).toBe('invalid-rule');
    expect(r.error.issues.map((i) => i.path)).toEqual([['severity'], ['left']]);
    expect(r.error.message).toMatch(/r9.*2 problems.*severity "bad"/);
    expect(r.error.messageVi).toMatch(/r9.*2 lỗi.*mức độ "bad"/);
    expect(() => parseRule({ code: 'x', left: 'a', operator: '<', right: '1', severity: 'error' }, builtInCatalogue)).toThrow(/not in the catalogue/);
  });

  test('without a catalogue, codes are not checked', () => {
    expect(parseRule(input('anything', 'else')).indicators).toEqual(['anything', 'else']);
  });
});
