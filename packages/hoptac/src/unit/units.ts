import { matchKey } from '../text/match-key.js';
import type { DecimalString } from '../decimal/public.js';

/** What a unit measures. Units convert only within one base. */
export type UnitBase = 'VND' | 'USD' | 'area' | 'person' | 'project' | 'enterprise' | 'zone' | 'percent';

/** The units of workbook format 1, by their canonical Vietnamese code. */
export type UnitCode =
  | 'đồng'
  | 'nghìn đồng'
  | 'triệu đồng'
  | 'tỷ đồng'
  | 'USD'
  | 'nghìn USD'
  | 'triệu USD'
  | 'tỷ USD'
  | 'm2'
  | 'ha'
  | 'người'
  | 'dự án'
  | 'doanh nghiệp'
  | 'KCN'
  | '%';

/** A unit: its base and the power of ten it scales the base by (`triệu USD`: USD, 6). */
export interface UnitInfo {
  readonly code: UnitCode;
  readonly base: UnitBase;
  readonly exponent: number;
  readonly en: string;
}

export const UNITS: readonly UnitInfo[] = [
  { code: 'đồng', base: 'VND', exponent: 0, en: 'VND' },
  { code: 'nghìn đồng', base: 'VND', exponent: 3, en: 'thousand VND' },
  { code: 'triệu đồng', base: 'VND', exponent: 6, en: 'million VND' },
  { code: 'tỷ đồng', base: 'VND', exponent: 9, en: 'billion VND' },
  { code: 'USD', base: 'USD', exponent: 0, en: 'USD' },
  { code: 'nghìn USD', base: 'USD', exponent: 3, en: 'thousand USD' },
  { code: 'triệu USD', base: 'USD', exponent: 6, en: 'million USD' },
  { code: 'tỷ USD', base: 'USD', exponent: 9, en: 'billion USD' },
  { code: 'm2', base: 'area', exponent: 0, en: 'm2' },
  { code: 'ha', base: 'area', exponent: 4, en: 'ha' },
  { code: 'người', base: 'person', exponent: 0, en: 'persons' },
  { code: 'dự án', base: 'project', exponent: 0, en: 'projects' },
  { code: 'doanh nghiệp', base: 'enterprise', exponent: 0, en: 'enterprises' },
  { code: 'KCN', base: 'zone', exponent: 0, en: 'zones' },
  { code: '%', base: 'percent', exponent: 0, en: '%' },
];

// Other ways boards write the same units. Keys go through matchKey.
const ALIASES: ReadonlyArray<readonly [string, UnitCode]> = [
  ['vnđ', 'đồng'], ['vnd', 'đồng'], ['đ', 'đồng'], ['dong', 'đồng'], ['đồng việt nam', 'đồng'],
  ['ngàn đồng', 'nghìn đồng'], ['nghìn vnđ', 'nghìn đồng'], ['nghìn vnd', 'nghìn đồng'], ['thousand vnd', 'nghìn đồng'], ['1000 đồng', 'nghìn đồng'],
  ['tr.đ', 'triệu đồng'], ['trđ', 'triệu đồng'], ['tr đồng', 'triệu đồng'], ['triệu vnđ', 'triệu đồng'], ['triệu vnd', 'triệu đồng'], ['million vnd', 'triệu đồng'],
  ['tỷ vnđ', 'tỷ đồng'], ['tỷ vnd', 'tỷ đồng'], ['tỉ đồng', 'tỷ đồng'], ['billion vnd', 'tỷ đồng'],
  ['usd', 'USD'], ['đô la mỹ', 'USD'], ['us$', 'USD'],
  ['ngàn usd', 'nghìn USD'], ['thousand usd', 'nghìn USD'], ['1000 usd', 'nghìn USD'],
  ['tr usd', 'triệu USD'], ['tr.usd', 'triệu USD'], ['million usd', 'triệu USD'], ['musd', 'triệu USD'],
  ['tỉ usd', 'tỷ USD'], ['billion usd', 'tỷ USD'],
  ['m²', 'm2'], ['mét vuông', 'm2'], ['sqm', 'm2'],
  ['hecta', 'ha'], ['héc-ta', 'ha'], ['hectare', 'ha'],
  ['người', 'người'], ['lao động', 'người'], ['persons', 'người'], ['people', 'người'],
  ['dự án', 'dự án'], ['projects', 'dự án'],
  ['doanh nghiệp', 'doanh nghiệp'], ['enterprises', 'doanh nghiệp'],
  ['kcn', 'KCN'], ['khu công nghiệp', 'KCN'], ['zones', 'KCN'],
  ['%', '%'], ['phần trăm', '%'], ['percent', '%'],
];

// Pure: bundles that never read a unit leave the table out.
export const BY_KEY: ReadonlyMap<string, UnitInfo> = /* @__PURE__ */ (() => {
  const m = new Map<string, UnitInfo>();
  const byCode = new Map(UNITS.map((u) => [u.code, u] as const));
  for (const u of UNITS) m.set(matchKey(u.code), u);
  for (const [alias, code] of ALIASES) m.set(matchKey(alias), byCode.get(code)!);
  return m;
})();

/** An exchange rate the caller supplies: how many `to` base units one `from` base unit is worth. */
export interface ExchangeRate {
  /** e.g. `'USD'` */
  readonly from: 'USD' | 'VND';
  /** e.g. `'VND'` */
  readonly to: 'USD' | 'VND';
  /** base units of `to` for one base unit of `from`, e.g. `'23500'` đồng per USD */
  readonly rate: DecimalString;
  /** when the rate applies (e.g. `'2017-12-31'`), for the record */
  readonly date?: string;
  /** whose rate (e.g. a State Bank of Vietnam central rate), for the record */
  readonly source?: string;
}

/** A converted amount that keeps the rate it was converted with. */
export interface ConvertedAmount {
  readonly value: DecimalString;
  readonly unit: UnitCode;
  readonly rate: ExchangeRate;
}

