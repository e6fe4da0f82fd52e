/**
 * Words in every message: each message of the catalogue, in both languages, rendered with
 * realistic params and the example workbook's catalogue, says indicators by name (a code only
 * inside brackets), months and periods by their labels, and powers of ten in words.
 *
 * Realistic params: a placeholder that carries an indicator of the catalogue gets one of its
 * codes, whether or not the message declares it (so a message that forgets to declare it fails);
 * only the placeholders listed in NOT_IN_CATALOGUE carry a code the catalogue lacks (an unknown or
 * rejected code, which has no name to say).
 */
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { catalogueNames, type MessageNames, renderMessage } from 'hoptac';
import { MESSAGE_TABLES } from '../packages/hoptac/src/messages/index.js';
import { readWorkbook } from 'hoptac/workbook';
import { readXlsx } from '../packages/cli/src/xlsx/index.js';
import { PARAM_KINDS } from '../packages/hoptac/src/messages/param-kinds.js';

/** Placeholders that name an indicator when they are filled at all. */
const INDICATOR_NAMES = new Set(['indicator', 'numerator', 'denominator', 'ratio', 'other', 'suggestion', 'leftText', 'rightText']);

/** `key:param` whose code is, by the message's meaning, not in the catalogue. */
const NOT_IN_CATALOGUE = new Set([
  'finding.unknown-indicator:indicator',
  'finding.bad-target.indicator:value',
  'finding.bad-indicator.name:indicator',
  'finding.bad-indicator.unit:indicator',
  'finding.bad-indicator.kind:indicator',
  'finding.bad-indicator.decimals:indicator',
  'finding.bad-indicator.part-missing:indicator',
  'finding.bad-indicator.part-unknown:indicator',
  'finding.bad-indicator.part-unknown:value',
  'finding.bad-indicator.part-ratio:indicator',
  'finding.bad-indicator.part-self:indicator',
  'finding.bad-indicator.not-ratio:indicator',
  'error.unknown-indicator:indicator',
  'program.unknown-indicator:indicator',
]);

/** Codes that are an example of what to type (a developer's argument), not a figure's indicator. */
const CODE_AS_SYNTAX = new Set(['expected.code', 'expected.code-list']);

/** Params whose realistic value is not what their name suggests. */
const REALISTIC: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  'report.placeDate': { month: '11' },
  'report.missMonth': { month: 'tháng 11/2018' },
  'report.missHistory': { month: 'tháng 11/2018' },
};

const SAMPLE: Readonly<Record<string, string>> = { month: '2018-11', months: '2018-10, 2018-11', period: '2017-Q4', decimal: '1234.5', power: '-3', factor: '1000', board: 'DN' };

let codes: string[];
let names: MessageNames;
beforeAll(async () => {
  const grid = await readXlsx(fileURLToPath(new URL('../examples/shared-workbook.xlsx', import.meta.url)));
  const model = readWorkbook(grid);
  codes = model.catalogue.indicators.map((i) => i.code);
  names = catalogueNames(model.catalogue);
});

const placeholders = (key: string): string[] => {
  const all = `${(MESSAGE_TABLES.vi as Record<string, string>)[key]!} ${(MESSAGE_TABLES.en as Record<string, string>)[key]!}`;
  return [...new Set([...all.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!))];
};

function realisticParams(key: string): Record<string, string> {
  const kinds = (PARAM_KINDS as Record<string, Record<string, string> | undefined>)[key] ?? {};
  const params: Record<string, string> = {};
  placeholders(key).forEach((p, i) => {
    const code = codes[i % codes.length]!;
    const kind = kinds[p];
    const realistic = REALISTIC[key]?.[p];
    if (realistic !== undefined) params[p] = realistic;
    else if (p === 'other' && key.startsWith('program.')) params[p] = 'CT-2016-2020'; // a program code
    else if (p === 'rule' && key.startsWith('finding.rule-violated')) params[p] = `builtin:${code}<=${codes[(i + 1) % codes.length]!}`; // a built-in rule's code
    else if (kind === 'indicator') params[p] = code;
    else if (kind === 'expression') params[p] = `${code} - ${codes[(i + 1) % codes.length]!}`;
    else if (kind !== undefined) params[p] = SAMPLE[kind]!;
    else if (INDICATOR_NAMES.has(p)) params[p] = NOT_IN_CATALOGUE.has(`${key}:${p}`) ? 'export_valeu' : code;
    else params[p] = p === 'month' ? '2018-11' : 'X'; // an undeclared month stays 2018-11 and fails
  });
  return params;
}

/** The catalogue codes a text says outside brackets. */
function bareCodes(text: string): string[] {
  let outside = text;
  for (let inner = ''; inner !== outside; ) [inner, outside] = [outside, outside.replace(/\([^()]*\)/g, ' ')];
  return codes.filter((c) => new RegExp(`(?<![\\w])${c}(?![\\w])`).test(outside));
}

describe('the check itself', () => {
  it('finds a bare code and lets a code in brackets through', () => {
    expect(bareCodes('Chỉ tiêu "export_value" thiếu')).toEqual(['export_value']);
    expect(bareCodes('Chỉ tiêu Kim ngạch xuất khẩu (export_value) thiếu')).toEqual([]);
    expect(bareCodes('X (quy tắc a, Kim ngạch (export_value) = 1)')).toEqual([]);
    expect(bareCodes('X (quy tắc a) export_value')).toEqual(['export_value']);
  });
});

describe('every message of the catalogue', () => {
  const keys = Object.keys(MESSAGE_TABLES.vi);
  it.each(keys)('%s says indicators by name, numbers and powers of ten in words', (key) => {
    const params = realisticParams(key);
    for (const lang of ['vi', 'en'] as const) {
      const text = renderMessage(lang, key, params, names);
      if (!CODE_AS_SYNTAX.has(key)) expect(bareCodes(text), `${lang}: ${text}`).toEqual([]);
      expect(text).not.toContain('10^');
      expect(text).not.toContain('2018-11'); // months said by their labels
    }
  });

  it('says months, periods and numbers in each language', () => {
    const p = { indicator: codes[0]!, value: '-1234.5', month: '2018-11' };
    expect(renderMessage('vi', 'finding.negative-stock', p, names)).toContain('(-1.234,5) ở tháng 11/2018');
    expect(renderMessage('en', 'finding.negative-stock', p, names)).toContain('(-1,234.5) in November 2018');
    expect(renderMessage('vi', 'finding.unit-converted', { unit: 'USD', expected: 'nghìn USD', exponent: -3 })).toContain('(chia 1.000)');
    expect(renderMessage('en', 'finding.unit-converted', { unit: 'USD', expected: 'nghìn USD', exponent: 6 })).toContain('(times 1,000,000)');
    expect(renderMessage('vi', 'finding.period-outside-data', { period: '2017-Q4', months: '2016-01, 2016-02' })).toContain('Kỳ Quý IV/2017 cần các tháng 01/2016, 02/2016');
  });
});
