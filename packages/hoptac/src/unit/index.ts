/**
 * Units of format 1 and exact conversion between them. Import as a namespace:
 * `import { Unit } from 'hoptac'`.
 */
import { HoptacError, type SafeResult, safely } from '../errors.js';
import { format, mul, parseScaled, shift, trim } from '../decimal/scaled.js';
import type { DecimalString } from '../decimal/public.js';
import { argumentError, expectObject, expectString } from '../internal/args.js';
import { messageBoth } from '../messages/index.js';
import { matchKey } from '../text/match-key.js';
import { BY_KEY, type ConvertedAmount, type ExchangeRate, UNITS, type UnitCode, type UnitInfo } from './units.js';


/** Every unit of format 1. */
export const all: readonly UnitInfo[] = UNITS;

/**
 * Reads a unit as boards write it (`triệu USD`, `Tr.USD`, `tỷ VNĐ`, `m²`, `Hecta`...).
 * Throws `unknown-unit`.
 *
 * @example
 * ```ts
 * import { Unit } from 'hoptac';
 * Unit.parse('Tr.USD').code; // 'triệu USD'
 * ```
 */
export function parse(text: string): UnitInfo {
  expectString('Unit.parse', 'text', text, 'unit');
  const u = BY_KEY.get(matchKey(text));
  if (u === undefined) throw new HoptacError('unknown-unit', { unit: text });
  return u;
}

/**
 * {@link parse} without throwing.
 *
 * @example
 * ```ts
 * import { Unit } from 'hoptac';
 * Unit.safeParse('gallon').success; // false
 * ```
 */
export function safeParse(text: string): SafeResult<UnitInfo> {
  return safely(() => parse(text));
}

function info(fn: string, field: string, u: UnitCode | UnitInfo | string): UnitInfo {
  if (typeof u === 'string') return parse(u);
  if (typeof u === 'object' && u !== null && typeof (u as { code?: unknown }).code === 'string') return parse(u.code);
  throw argumentError(fn, field, 'unit', u);
}

/**
 * True when values in `from` can be converted exactly to `to` (same base).
 *
 * @example
 * ```ts
 * import { Unit } from 'hoptac';
 * Unit.convertible('nghìn USD', 'triệu USD'); // true
 * Unit.convertible('USD', 'tỷ đồng');         // false: needs an exchange rate
 * ```
 */
export function convertible(from: UnitCode | UnitInfo | string, to: UnitCode | UnitInfo | string): boolean {
  return info('Unit.convertible', 'from', from).base === info('Unit.convertible', 'to', to).base;
}

/**
 * The power of ten that takes a value in `from` to `to` (`nghìn USD` to `triệu USD`: -3).
 * Throws `unit-mismatch` across bases.
 *
 * @example
 * ```ts
 * import { Unit } from 'hoptac';
 * Unit.factorExponent('m2', 'ha'); // -4
 * ```
 */
export function factorExponent(from: UnitCode | UnitInfo | string, to: UnitCode | UnitInfo | string): number {
  return exponentOf('Unit.factorExponent', from, to);
}

function exponentOf(fn: string, from: UnitCode | UnitInfo | string, to: UnitCode | UnitInfo | string): number {
  const a = info(fn, 'from', from);
  const b = info(fn, 'to', to);
  if (a.base !== b.base) throw new HoptacError('unit-mismatch', { from: a.code, to: b.code, fromBase: a.base, toBase: b.base });
  return a.exponent - b.exponent;
}

/**
 * Converts a decimal exactly between two units of the same base (a shift of the decimal point).
 * Throws `unit-mismatch` across bases (USD to đồng needs {@link convertCurrency}) and
 * `invalid-decimal` for a value that is not a decimal string.
 *
 * @example
 * ```ts
 * import { Unit } from 'hoptac';
 * Unit.convert('1250.5', 'nghìn USD', 'triệu USD'); // '1.2505'
 * Unit.convert('3.5', 'ha', 'm2');                  // '35000'
 * ```
 */
export function convert(value: DecimalString, from: UnitCode | UnitInfo | string, to: UnitCode | UnitInfo | string): DecimalString {
  expectString('Unit.convert', 'value', value, 'decimal');
  const e = exponentOf('Unit.convert', from, to);
  const d = parseScaled(value);
  if (d === undefined) throw new HoptacError('invalid-decimal', { text: value });
  return format(shift(d, e));
}

/**
 * Converts money between USD and đồng with a rate the caller supplies; the result carries the
 * rate so the figure never travels without it. Exact: the product is not rounded.
 *
 * @example
 * ```ts
 * import { Unit } from 'hoptac';
 * Unit.convertCurrency('2', 'triệu USD', 'tỷ đồng', { from: 'USD', to: 'VND', rate: '23500', date: '2017-12-31' }).value; // '47'
 * ```
 */
export function convertCurrency(
  value: DecimalString,
  from: UnitCode | UnitInfo | string,
  to: UnitCode | UnitInfo | string,
  rate: ExchangeRate,
): ConvertedAmount {
  const fn = 'Unit.convertCurrency';
  expectString(fn, 'value', value, 'decimal');
  const a = info(fn, 'from', from);
  const b = info(fn, 'to', to);
  expectObject(fn, 'rate', rate, 'exchange-rate');
  expectString(fn, 'rate.rate', rate.rate, 'decimal');
  const r = parseScaled(rate.rate);
  if (r === undefined || r.int <= 0n) throw new HoptacError('invalid-exchange-rate', { reason: messageBoth('reason.rate-not-positive', { rate: rate.rate }) });
  if (a.base !== rate.from || b.base !== rate.to) {
    throw new HoptacError('invalid-exchange-rate', { reason: messageBoth('reason.rate-wrong-currencies', { rateFrom: String(rate.from), rateTo: String(rate.to), from: a.code, to: b.code }) });
  }
  const d = parseScaled(value);
  if (d === undefined) throw new HoptacError('invalid-decimal', { text: value });
  const v = shift(mul(d, r), a.exponent - b.exponent);
  return { value: format(trim(v)), unit: b.code, rate };
}
