import { HoptacError, type SafeResult, safely } from '../errors.js';
import { expectString } from '../internal/args.js';
import { matchKey } from '../text/match-key.js';
import { checkYear, monthIndex } from './core.js';
import type { MonthPeriod, Period } from './types.js';

const ROMAN: Readonly<Record<string, 1 | 2 | 3 | 4>> = { i: 1, ii: 2, iii: 3, iv: 4, '1': 1, '2': 2, '3': 3, '4': 4 };

function month(year: string, m: string, text: string): MonthPeriod {
  const mm = Number(m);
  if (!Number.isInteger(mm) || mm < 1 || mm > 12) throw new HoptacError('invalid-period', { text });
  return { kind: 'month', year: checkYear(Number(year), text), month: mm };
}

function span(from: MonthPeriod, to: MonthPeriod, text: string): Period {
  // `from` and `to` tell callers the span is reversed ("2023-2019"), not unreadable
  if (monthIndex(from) > monthIndex(to)) throw new HoptacError('invalid-period', { text, from: monthText(from), to: monthText(to) });
  return { kind: 'span', from, to };
}

function monthText(m: MonthPeriod): string {
  return `${String(m.year).padStart(4, '0')}-${String(m.month).padStart(2, '0')}`;
}

type Rule = readonly [RegExp, (m: RegExpExecArray, text: string) => Period];

// Matched against matchKey(text): lower case, tones set aside ("tháng" -> "thang", "đầu" -> "đâu").
const RULES: readonly Rule[] = [
  // canonical and SDMX
  [/^(\d{4})-m?(\d{1,2})$/, (m, t) => month(m[1]!, m[2]!, t)],
  [/^(\d{4})-q([1-4])$/, (m, t) => ({ kind: 'quarter', year: checkYear(Number(m[1]), t), quarter: ROMAN[m[2]!]! })],
  [/^(\d{4})-[hs]([12])$/, (m, t) => ({ kind: 'half', year: checkYear(Number(m[1]), t), half: m[2] === '1' ? 1 : 2 })],
  [/^(?:năm |nam )?(\d{4})$/, (m, t) => ({ kind: 'year', year: checkYear(Number(m[1]), t) })],
  [
    /^(\d{4})(?:-(\d{2}))?\/(\d{4})(?:-(\d{2}))?$/,
    (m, t) => span(month(m[1]!, m[2] ?? '1', t), month(m[3]!, m[4] ?? '12', t), t),
  ],
  // months: 01/2017, 1/2017, T1/2017, Tháng 1/2017, Tháng 01 năm 2017, tháng 1-2017
  [/^(?:t|thang ?)?(\d{1,2}) ?(?:\/|-|\.| năm | nam )(\d{4})$/, (m, t) => month(m[2]!, m[1]!, t)],
  // quarters: Quý IV/2017, Quý 4 năm 2017, Q4/2017, Q4 2017
  [
    /^(?:quy|qui|q) ?(iv|iii|ii|i|[1-4]) ?(?:\/|-| năm | nam | )(\d{4})$/,
    (m, t) => ({ kind: 'quarter', year: checkYear(Number(m[2]), t), quarter: ROMAN[m[1]!]! }),
  ],
  // halves: 6 tháng đầu năm 2017, 6 tháng cuối năm 2017, 6 tháng năm 2017, H1/2017
  [
    /^(?:6|sau) thang (đâu |cuôi |dau |cuoi )?(?:năm|nam) (\d{4})$/,
    (m, t) => ({ kind: 'half', year: checkYear(Number(m[2]), t), half: m[1] === 'cuôi ' || m[1] === 'cuoi ' ? 2 : 1 }),
  ],
  [/^[hs]([12]) ?(?:\/|-| )(\d{4})$/, (m, t) => ({ kind: 'half', year: checkYear(Number(m[2]), t), half: m[1] === '1' ? 1 : 2 })],
  // spans: Giai đoạn 2016-2018, 2016 - 2018, from month to month
  [
    /^(?:giai đoan |giai doan )?(\d{4}) ?[-–] ?(\d{4})$/,
    (m, t) => span(month(m[1]!, '1', t), month(m[2]!, '12', t), t),
  ],
  [
    /^tư thang (\d{1,2})\/(\d{4}) đên thang (\d{1,2})\/(\d{4})$/,
    (m, t) => span(month(m[2]!, m[1]!, t), month(m[4]!, m[3]!, t), t),
  ],
];

/**
 * Reads a period from its canonical text (`2017-12`, `2017-Q4`, `2017-H1`, `2017`, `2016/2018`,
 * `2016-07/2018-06`), SDMX text (`2017-M12`, `2017-S1`) or the Vietnamese forms boards write
 * (`Tháng 12/2017`, `T12/2017`, `12/2017`, `Quý IV/2017`, `6 tháng đầu năm 2017`,
 * `6 tháng cuối năm 2017`, `Năm 2017`, `Giai đoạn 2016-2018`). Throws `invalid-period`.
 *
 * @example
 * ```ts
 * import { Period } from 'hoptac';
 * Period.toString(Period.parse('Quý IV/2017')); // '2017-Q4'
 * ```
 */
export function parse(text: string): Period {
  expectString('Period.parse', 'text', text, 'period-text');
  const key = matchKey(text);
  for (const [re, make] of RULES) {
    const m = re.exec(key);
    if (m !== null) return make(m, text);
  }
  throw new HoptacError('invalid-period', { text: text.length > 60 ? `${text.slice(0, 60)}…` : text });
}

/**
 * {@link parse} without throwing: `{ success: true, data }` or `{ success: false, error }`.
 *
 * @example
 * ```ts
 * import { Period } from 'hoptac';
 * Period.safeParse('Quý V/2017').success; // false
 * ```
 */
export function safeParse(text: string): SafeResult<Period> {
  return safely(() => parse(text));
}
