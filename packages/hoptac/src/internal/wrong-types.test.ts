/**
 * Wrong types from plain JavaScript at every public function: a HoptacError with a stable code,
 * naming the function and the field, saying what was expected and what came, in both languages;
 * never a raw TypeError. Then every message of a corpus of bad inputs (zod's issues included) is
 * checked for English in its Vietnamese.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { consolidate, createObservations, defineCatalogue, explain, HoptacError, isHoptacError, normalizeDecimal, observations, Period, roundDecimal, excelNumberToDecimal, significantDigits, Unit, safeDefineCatalogue, isDecimal } from '../index.js';
import { consolidateWorkbook } from '../workbook.js';
import { checkPrograms, completeness, finalSuccessor, loadPrograms, loadSnapshot, programChain, programTimeline, programToDate, reportingCalendar, rollUpSuccessors, safeLoadPrograms, sinceInception, takeSnapshot } from '../program.js';
import { englishIn } from '../messages/english.js';

const seeds = loadPrograms(readFileSync(new URL('../../../../examples/programs/dong-nai-lam-dong-binh-phuoc.json', import.meta.url), 'utf8'));
const set = createObservations().add({ board: 'DN', indicator: 'export_value', month: '2017-01', value: '1' }).build();

/** Calls `f` from "plain JavaScript" (types switched off) and returns what it threw. */
function thrown(f: () => unknown): HoptacError {
  let e: unknown;
  try {
    f();
  } catch (x) {
    e = x;
  }
  if (e === undefined) throw new Error('expected a throw');
  if (!isHoptacError(e)) throw new Error(`not a HoptacError: ${String(e)}`);
  return e;
}

const any = (v: unknown) => v as never;

type Case = readonly [name: string, call: () => unknown, field: string];

// [what, call, the field the message must name]
const cases: Case[] = [
  ['add: value as a number', () => createObservations().add({ board: 'DN', indicator: 'export_value', month: '2017-01', value: any(1.5) }), '`value`'],
  ['add: value as an object', () => createObservations().add({ board: 'DN', indicator: 'export_value', month: '2017-01', value: any({}) }), '`value`'],
  ['add: observation null', () => createObservations().add(any(null)), '`observation`'],
  ['add: undefined', () => createObservations().add(any(undefined)), '`observation`'],
  ['add: board as a number', () => createObservations().add({ board: any(12), indicator: 'export_value', month: '2017-01', value: '1' }), '`board`'],
  ['add: indicator missing', () => createObservations().add(any({ board: 'DN', month: '2017-01', value: '1' })), '`indicator`'],
  ['add: month as a number', () => createObservations().add({ board: 'DN', indicator: 'export_value', month: any(201701), value: '1' }), '`month`'],
  ['add: month as a Date', () => createObservations().add({ board: 'DN', indicator: 'export_value', month: any(new Date()), value: '1' }), '`month`'],
  ['addSeries: a number among the values', () => createObservations().addSeries({ board: 'DN', indicator: 'export_value', start: '2017-01', values: ['1', any(2)] }), '`values[1]`'],
  ['addSeries: values not an array', () => createObservations().addSeries({ board: 'DN', indicator: 'export_value', start: '2017-01', values: any('1,2') }), '`values`'],
  ['addSeries: series null', () => createObservations().addSeries(any(null)), '`series`'],
  ['addSeries: start null', () => createObservations().addSeries({ board: 'DN', indicator: 'export_value', start: any(null), values: ['1'] }), '`start`'],
  ['opening: value as a number', () => createObservations().opening({ board: 'DN', indicator: 'export_value', value: any(10) }), '`value`'],
  ['target: year as text', () => createObservations().target({ board: 'DN', indicator: 'export_value', year: any('2017'), value: '1' }), '`year`'],
  ['consolidate: set null', () => consolidate(any(null), { period: '2017' }), '`set`'],
  ['consolidate: options missing', () => consolidate(set, any(undefined)), '`options`'],
  ['consolidate: period as a number', () => consolidate(set, { period: any(2017) }), '`options.period`'],
  ['consolidate: indicators as text', () => consolidate(set, { period: '2017', indicators: any('export_value') }), '`options.indicators`'],
  ['consolidate: a number among indicators', () => consolidate(set, { period: '2017', indicators: any([1]) }), '`options.indicators[0]`'],
  ['consolidate: an unknown measure', () => consolidate(set, { period: '2017', measures: any(['total']) }), '`options.measures[0]`'],
  ['consolidate: catalogue as text', () => consolidate(set, { period: '2017', catalogue: any('builtin') }), '`options.catalogue`'],
  ['explain: figure null', () => explain(set, { period: '2017' }, any(null)), '`figure`'],
  ['observations: not a set', () => [...observations(any({}))], '`set`'],
  ['Period.parse: a number', () => Period.parse(any(2017)), '`text`'],
  ['Period.parse: null', () => Period.parse(any(null)), '`text`'],
  ['Period.toString: text', () => Period.toString(any('2017-12')), '`p`'],
  ['Period.contains: undefined', () => Period.contains(Period.parse('2017'), any(undefined)), '`inner`'],
  ['Period.compare: a malformed value', () => Period.compare(any({ kind: 'month', year: 2017, month: 13 }), Period.parse('2017')), '`a`'],
  ['Period.shiftYears: years as text', () => Period.shiftYears(Period.parse('2017'), any('1')), '`years`'],
  ['Period.month: year as text', () => Period.month(any('2017'), 3), '`year`'],
  ['Unit.convert: value as a number', () => Unit.convert(any(1250.5), 'nghìn USD', 'triệu USD'), '`value`'],
  ['Unit.convert: unit as a number', () => Unit.convert('1', any(5), 'triệu USD'), '`from`'],
  ['Unit.parse: null', () => Unit.parse(any(null)), '`text`'],
  ['Unit.convertCurrency: rate missing', () => Unit.convertCurrency('2', 'triệu USD', 'tỷ đồng', any(undefined)), '`rate`'],
  ['Unit.convertCurrency: rate as a number', () => Unit.convertCurrency('2', 'triệu USD', 'tỷ đồng', any({ from: 'USD', to: 'VND', rate: 23500 })), '`rate.rate`'],
  ['normalizeDecimal: a number', () => normalizeDecimal(any(1.5)), '`text`'],
  ['roundDecimal: decimals as text', () => roundDecimal('1.5', any('2')), '`decimals`'],
  ['excelNumberToDecimal: text', () => excelNumberToDecimal(any('1.5')), '`n`'],
  ['significantDigits: null', () => significantDigits(any(null)), '`value`'],
  ['defineCatalogue: null', () => defineCatalogue(null), '`input`'],
  ['defineCatalogue: an array', () => defineCatalogue([]), '`input`'],
  ['consolidateWorkbook: period as a number', () => consolidateWorkbook({ sheets: [] }, { period: any(2017) }), '`options.period`'],
  ['loadPrograms is fine, checkPrograms of null', () => checkPrograms(any(null)), '`file`'],
  ['programChain: code as a number', () => programChain(seeds, any(7)), '`code`'],
  ['programTimeline: the raw JSON', () => programTimeline(any({ programs: [{}] })), '`file`'],
  ['reportingCalendar: text', () => reportingCalendar(any('DN-LD-2007')), '`programs`'],
  ['completeness: undefined', () => completeness(any(undefined), set), '`programs`'],
  ['programToDate: period as a number', () => programToDate(set, seeds.programs[2]!, any(2017)), '`period`'],
  ['sinceInception: file null', () => sinceInception(set, any(null), 'DN-LD-BP-2016', '2017'), '`file`'],
  ['finalSuccessor: boards as text', () => finalSuccessor(any('BP'), 'BP'), '`boards`'],
  ['rollUpSuccessors: boards missing', () => rollUpSuccessors(set, any(undefined)), '`boards`'],
  ['takeSnapshot: meta missing', () => takeSnapshot(consolidate(set, { period: '2017', indicators: ['export_value'] }), any(undefined)), '`meta`'],
];

describe('a wrong type from plain JavaScript', () => {
  it.each(cases)('%s: invalid-argument naming the field, in both languages', (_name, call, field) => {
    const e = thrown(call);
    expect(e).toBeInstanceOf(HoptacError);
    expect(e.code).toBe('invalid-argument');
    expect(e.message).toContain(field);
    expect(e.messageVi).toContain(field);
    expect(e.message).toMatch(/must be .+, but got /);
    expect(e.messageVi).toMatch(/phải là .+, nhưng nhận được /);
    expect(englishIn(e.messageVi)).toEqual([]);
  });

  it('says what a decimal looks like and what came, never "1.5 is not a decimal string"', () => {
    const e = thrown(() => createObservations().add({ board: 'DN', indicator: 'export_value', month: '2017-01', value: any(1.5) }));
    expect(e.message).toBe('The `value` argument of `createObservations().add` must be a decimal string such as "1.5", or `null` for a reported blank, but got the number 1.5.');
    expect(e.messageVi).toBe('Tham số `value` của `createObservations().add` phải là một chuỗi số thập phân, ví dụ "1.5", hoặc `null` khi đơn vị để trống, nhưng nhận được số 1.5.');
    expect(thrown(() => Unit.convert(any(1250.5), 'nghìn USD', 'triệu USD')).message).toBe('The `value` argument of `Unit.convert` must be a decimal string such as "1.5", but got the number 1.5.'.replace('1.5.', '1250.5.'));
    expect(thrown(() => Period.parse(any(null))).messageVi).toBe('Tham số `text` của `Period.parse` phải là một chuỗi ghi kỳ báo cáo, ví dụ "2017-12" hoặc "Quý IV/2017", nhưng nhận được `null`.');
  });

  it('keeps the data errors of the right type as they were', () => {
    expect(thrown(() => createObservations().add({ board: 'DN', indicator: 'export_value', month: '2017-01', value: '1,5' })).code).toBe('invalid-observation');
    expect(thrown(() => Period.parse('Quý V/2017')).code).toBe('invalid-period');
    expect(thrown(() => consolidate(set, { period: 'soon' })).code).toBe('invalid-period');
    expect(thrown(() => Unit.convert('1', 'USD', 'tỷ đồng')).code).toBe('unit-mismatch');
    expect(isDecimal(any(1.5))).toBe(false);
    expect(Period.safeParse(any(7)).success).toBe(false);
  });
});

describe('nested wrong types in validated inputs keep their path', () => {
  it('defineCatalogue names each field, in both languages, without zod', () => {
    const r = safeDefineCatalogue({ indicators: [{ code: 'jobs', nameVi: 'Việc làm', nameEn: 'jobs', unit: 'người', kind: 'flow', decimals: '2' }, { code: 5 }] });
    expect(r.success).toBe(false);
    if (r.success) return;
    expect(r.error.code).toBe('invalid-catalogue');
    const by = Object.fromEntries(r.error.issues.map((i) => [i.path.join('.'), [i.message, i.messageVi]]));
    expect(by['indicators.0.decimals']).toEqual(['must be an integer, but got the string "2"', 'phải là một số nguyên, nhưng nhận được chuỗi "2"']);
    expect(by['indicators.1.code']).toEqual(['must be a string, but got the number 5', 'phải là một chuỗi ký tự, nhưng nhận được số 5']);
    expect(by['indicators.1.nameVi']).toEqual(['this field is required (a string)', 'thiếu trường bắt buộc này (một chuỗi ký tự)']);
  });

  it('loadPrograms maps zod issues to its own words, path kept', () => {
    const r = safeLoadPrograms({ boards: [{ code: 'DN', nameVi: 'Ban', nameEn: 'Board', province: 'Đồng Nai', zoneKind: 'KCN', extra: 1 }], programs: [{ code: 'P', titleVi: 'T', titleEn: 'T', parties: ['DN'], period: 2016 }] });
    expect(r.success).toBe(false);
    if (r.success) return;
    const by = Object.fromEntries(r.error.issues.map((i) => [i.path.join('.'), [i.message, i.messageVi]]));
    expect(by['boards.0']).toEqual(['field not allowed here: "extra"', 'trường không dùng được ở đây: "extra"']);
    expect(by['programs.0.period']).toEqual(['must be a string, but got the number 2016', 'phải là một chuỗi ký tự, nhưng nhận được số 2016']);
    expect(by['programs.0.parties']).toEqual(['a program has at least two parties', 'chương trình hợp tác cần ít nhất hai bên']);
  });
});

/** Bad inputs whose every message is read: what a library user can meet. */
function corpus(): HoptacError[] {
  const errors: HoptacError[] = cases.map(([, call]) => thrown(call));
  const fails = (f: () => unknown) => errors.push(thrown(f));
  const board = (code: string, extra: Record<string, unknown> = {}) => ({ code, nameVi: `Ban ${code}`, nameEn: `Board ${code}`, province: code, zoneKind: 'KCN', ...extra });
  const program = (extra: Record<string, unknown> = {}) => ({ code: 'P1', titleVi: 'Chương trình', titleEn: 'Program', parties: ['DN', 'LD'], period: '2016-2018', ...extra });
  const file = (p: Record<string, unknown> = {}, boards: unknown[] = [board('DN'), board('LD')], more: Record<string, unknown> = {}) => ({ boards, programs: [program(p)], ...more });
  // zod's every kind of issue, through the program boundary
  fails(() => loadPrograms({ boards: [], programs: [{ code: 'X' }] }));
  fails(() => loadPrograms(file({ signedOn: '2013-02-30', period: '2018-2016', reviews: [{ kind: 'sơ kết', date: '2017-12-26' }] })));
  fails(() => loadPrograms(file({ obligations: [{ cadence: 'monthly', dueDays: 10 }, { groups: ['labour'], cadence: 'weekly', dueDays: 400, estimateDueDays: 5 }] })));
  fails(() => loadPrograms(file({ titel: 'typo', statedDuration: { text: '5 năm' }, parties: ['DN'] })));
  fails(() => loadPrograms(file({}, [board('dn', { zoneKind: 'KCX2', nameVi: '' }), board('LD', { validFrom: 'hôm qua' })])));
  fails(() => loadPrograms(file({ code: 'a b', titleVi: 'x'.repeat(600), legalBases: [1], sources: 'một nguồn' })));
  fails(() => loadPrograms(file({ obligations: [{ indicators: ['Export'], cadence: 'monthly', dueDays: 1.5, estimateFirst: 'yes' }] })));
  fails(() => loadPrograms(file({ period: '2018-2016', obligations: [{ kind: 'targets', indicators: ['export_value'], cadence: 'monthly', dueDays: 10, estimateFirst: true }] })));
  fails(() => loadPrograms('{ not json'));
  fails(() => loadPrograms(42));
  fails(() => loadPrograms(null));
  // cross-reference checks
  fails(() => loadPrograms(file({ parties: ['DN', 'DN', 'XX'], predecessor: 'P1', successor: 'P9', legalBases: ['L9'], reviews: [{ kind: 'interim', date: '2017-12', host: 'ZZ' }] }, [board('DN', { successor: 'DN' }), board('LD', { successor: 'QQ', validFrom: '2020-01-01', validUntil: '2019-01-01' }), board('DN')], { legalBases: [{ code: 'L1', titleVi: 'Luật', issuedOn: '2010-01-01', replacedBy: 'L7' }, { code: 'L1', titleVi: 'Luật', issuedOn: '2010-01-01' }] })));
  fails(() => loadPrograms({ boards: [board('A', { successor: 'B' }), board('B', { successor: 'A' })], programs: [program({ parties: ['A', 'B'], areas: [{ code: 'x', nameVi: 'Lĩnh vực', nameEn: 'Area', responsibilities: [{ party: 'C', textVi: 'Việc' }] }], obligations: [{ parties: ['C'], groups: ['labour'], cadence: 'monthly', dueDays: 10 }] }), program()] }));
  // snapshots
  const snap = takeSnapshot(consolidate(set, { period: '2017-01', indicators: ['export_value'], measures: ['value'] }), { takenAt: '2017-12-26' });
  fails(() => loadSnapshot('{'));
  fails(() => loadSnapshot({ ...snap, hash: '0'.repeat(64) }));
  fails(() => loadSnapshot({ ...snap, rows: [{ ...snap.rows[0], value: 1.5, status: 'done' }], extra: true }));
  fails(() => takeSnapshot(consolidate(set, { period: '2017-01', indicators: ['export_value'] }), { takenAt: 'yesterday' }));
  // the core's data errors
  fails(() => defineCatalogue({ indicators: [{ code: 'Bad Code', nameVi: ' ', nameEn: 'x', unit: 'furlongs', kind: 'sum', decimals: 13, extra: 1 }], more: 1 }));
  fails(() => defineCatalogue({ indicators: [{ code: 'r', nameVi: 'Tỷ lệ', nameEn: 'rate', unit: '%', kind: 'ratio', numerator: 'r', denominator: 'q' }, { code: 'f', nameVi: 'Lưu lượng', nameEn: 'flow', unit: 'người', kind: 'flow', numerator: 'x' }, { code: 'f', nameVi: 'Trùng', nameEn: 'dup', unit: 'người', kind: 'stock' }] }));
  fails(() => defineCatalogue({ indicators: 'none' }));
  fails(() => createObservations().add({ board: 'DN', indicator: 'export_value', month: '2017', value: '1' }));
  fails(() => createObservations().add({ board: 'DN', indicator: 'export_value', month: '2017-01', value: 'abc' }));
  fails(() => createObservations().add({ board: 'DN', indicator: 'export_value', month: '2017-01', value: '1' }).add({ board: 'DN', indicator: 'export_value', month: '2017-01', value: '2' }).build());
  fails(() => {
    const b = createObservations();
    b.build();
    b.board('DN');
  });
  fails(() => consolidate(createObservations().add({ board: 'DN', indicator: 'made_up', month: '2017-01', value: '1' }).build(), { period: '2017' }));
  fails(() => explain(set, { period: '2017' }, { indicator: 'occupancy_rate', board: 'DN', measure: 'target' }));
  fails(() => Unit.convertCurrency('2', 'triệu USD', 'tỷ đồng', { from: 'USD', to: 'VND', rate: '-1' }));
  fails(() => Unit.convertCurrency('2', 'triệu USD', 'tỷ đồng', { from: 'VND', to: 'USD', rate: '1' }));
  fails(() => Unit.parse('furlongs'));
  fails(() => normalizeDecimal('1,5'));
  fails(() => Period.span(Period.parse('2018'), Period.parse('2016')));
  fails(() => programChain(seeds, 'NONE'));
  fails(() => programToDate(set, seeds.programs[2]!, '2010'));
  return errors;
}

describe('every message of a corpus of bad inputs', () => {
  const errors = corpus();

  it('is a HoptacError with its Vietnamese and its issues in Vietnamese', () => {
    expect(errors.length).toBeGreaterThan(80);
    for (const e of errors) for (const i of e.issues) expect(typeof i.messageVi).toBe('string');
  });

  it('has no English and no zod text in Vietnamese', () => {
    const leaks = errors.flatMap((e) => [e.messageVi, ...e.issues.map((i) => i.messageVi)].map((vi) => [vi, englishIn(vi)] as const)).filter(([, w]) => w.length > 0);
    expect(leaks).toEqual([]);
  });

  it('keeps zod text out of the English too (our own words everywhere)', () => {
    const zodLike = errors.flatMap((e) => [e.message, ...e.issues.map((i) => i.message)]).filter((m) => /Invalid input: |Too small: |Too big: |Unrecognized key|expected \w+, received/.test(m));
    expect(zodLike).toEqual([]);
  });
});
