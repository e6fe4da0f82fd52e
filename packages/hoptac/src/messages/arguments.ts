/**
 * Words of `invalid-argument` errors, Vietnamese and English: what a public function expected and
 * how to name the value it got from plain JavaScript.
 */
import type { Message } from './index.js';

/** What a parameter must be. */
export const EXPECTED = {
  decimal: { vi: 'một chuỗi số thập phân, ví dụ "1.5"', en: 'a decimal string such as "1.5"' },
  'decimal-or-null': {
    vi: 'một chuỗi số thập phân, ví dụ "1.5", hoặc `null` khi đơn vị để trống',
    en: 'a decimal string such as "1.5", or `null` for a reported blank',
  },
  period: {
    vi: 'một kỳ báo cáo: chuỗi như "2017-12", "Quý IV/2017", hoặc kết quả của `Period.parse`',
    en: 'a period: text such as "2017-12" or "Quý IV/2017", or a value from `Period.parse`',
  },
  'period-value': {
    vi: 'một giá trị kỳ báo cáo, ví dụ kết quả của `Period.parse("2017-12")`',
    en: 'a period value, such as the result of `Period.parse("2017-12")`',
  },
  'period-text': { vi: 'một chuỗi ghi kỳ báo cáo, ví dụ "2017-12" hoặc "Quý IV/2017"', en: 'a period as text, such as "2017-12" or "Quý IV/2017"' },
  month: { vi: 'một tháng: chuỗi như "2017-12" hoặc kết quả của `Period.month`', en: 'a month: text such as "2017-12", or a value from `Period.month`' },
  code: { vi: 'một mã dạng chuỗi không rỗng, ví dụ "export_value"', en: 'a non-empty code string such as "export_value"' },
  unit: { vi: 'một đơn vị tính, ví dụ "triệu USD"', en: 'a unit such as "triệu USD"' },
  'exchange-rate': {
    vi: 'một tỷ giá dạng `{ from, to, rate, date }`, ví dụ `{ from: "USD", to: "VND", rate: "23500", date: "2017-12-31" }`',
    en: 'an exchange rate `{ from, to, rate, date }` such as `{ from: "USD", to: "VND", rate: "23500", date: "2017-12-31" }`',
  },
  text: { vi: 'một chuỗi ký tự', en: 'a string' },
  object: { vi: 'một đối tượng', en: 'an object' },
  'code-list': { vi: 'một mảng mã dạng chuỗi, ví dụ ["export_value"]', en: 'an array of code strings such as ["export_value"]' },
  'value-list': { vi: 'một mảng giá trị', en: 'an array of values' },
  'integer-range': { vi: 'một số nguyên từ {min} đến {max}', en: 'an integer from {min} to {max}' },
  year: { vi: 'một năm dạng số nguyên, ví dụ 2017', en: 'a year as an integer such as 2017' },
  'finite-number': { vi: 'một số hữu hạn', en: 'a finite number' },
  'observation-set': {
    vi: 'một tập số liệu tạo bởi `createObservations().build()`',
    en: 'an observation set made by `createObservations().build()`',
  },
  catalogue: { vi: 'một danh mục chỉ tiêu, ví dụ `builtInCatalogue`', en: 'an indicator catalogue such as `builtInCatalogue`' },
  'catalogue-input': { vi: 'một đối tượng dạng `{ indicators: [...] }`', en: 'an object `{ indicators: [...] }`' },
  measure: {
    vi: 'một số đo: "value", "ytd", "same_period_last_year", "vs_last_year_pct", "target", "ytd_target_pct" hoặc "cumulative"',
    en: 'a measure: "value", "ytd", "same_period_last_year", "vs_last_year_pct", "target", "ytd_target_pct" or "cumulative"',
  },
  'figure-ref': { vi: 'một tham chiếu số liệu dạng `{ indicator, board, measure }`', en: 'a figure reference `{ indicator, board, measure }`' },
  grid: { vi: 'một lưới ô (`Grid`) với mảng `sheets`', en: 'a cell grid (`Grid`) with a `sheets` array' },
  program: {
    vi: 'một chương trình hoặc mảng chương trình lấy từ `loadPrograms(...).programs`, hoặc cả tệp chương trình',
    en: 'a program or an array of programs from `loadPrograms(...).programs`, or the whole program file',
  },
  'board-list': { vi: 'mảng đơn vị lấy từ `loadPrograms(...).boards`', en: 'the array of boards from `loadPrograms(...).boards`' },
  'program-file': { vi: 'một tệp chương trình đã đọc bằng `loadPrograms`', en: 'a program file read by `loadPrograms`' },
} as const satisfies Readonly<Record<string, Message>>;

export type Expected = keyof typeof EXPECTED;

/** How a received value is named. `{value}` is the value itself, written as code. */
export const GOT = {
  number: { vi: 'số {value}', en: 'the number {value}' },
  bigint: { vi: 'số nguyên lớn {value}', en: 'the bigint {value}' },
  string: { vi: 'chuỗi "{value}"', en: 'the string "{value}"' },
  'empty-string': { vi: 'một chuỗi rỗng', en: 'an empty string' },
  boolean: { vi: 'giá trị logic `{value}`', en: 'the boolean `{value}`' },
  null: { vi: '`null`', en: '`null`' },
  undefined: { vi: '`undefined` (không có giá trị)', en: '`undefined` (nothing)' },
  array: { vi: 'một mảng {count} phần tử', en: 'an array of {count} items' },
  date: { vi: 'một đối tượng `Date`', en: 'a `Date` object' },
  object: { vi: 'một đối tượng', en: 'an object' },
  function: { vi: 'một hàm', en: 'a function' },
  symbol: { vi: 'một giá trị `Symbol`', en: 'a `Symbol`' },
} as const satisfies Readonly<Record<string, Message>>;
