/**
 * The types of the message catalogue: a language, a message in both languages, the values a
 * message's `{placeholder}`s take, and the placeholders of a template read from its text.
 */

/** A language of hoptac's messages: Vietnamese (`vi`, the default everywhere) or English. */
export type Lang = 'vi' | 'en';

/** A text in both languages. */
export interface Message {
  readonly vi: string;
  readonly en: string;
}

/**
 * A value that names a thing of the domain, said in words when a message is rendered: an
 * indicator by its name with its code in brackets, a board by its short name, a month or period
 * by its label, an exact decimal in the language's number format. In `--json` and in
 * `Finding.params` it stays a code (`value`), so scripts can match on it.
 */
export interface MessageRef {
  readonly ref: RefKind;
  /** the code, `YYYY-MM`, canonical period text, decimal text... (see {@link RefKind}) */
  readonly value: string;
}

/**
 * What a referenced value is, and so how it is said:
 * - `indicator`: a catalogue code, said `Tỷ lệ lấp đầy (occupancy_rate)`; `"code"` when unnamed;
 * - `board`: a board code (its short name), said as it is;
 * - `month`: `YYYY-MM`, said `11/2018` (after "tháng") or `November 2018`;
 * - `months`: a text listing months (`2018-01, 2018-02, … 2018-12 (12)`), each said as a month;
 * - `period`: canonical period text (`2017-Q4`), said by its label (`Quý IV/2017`, `Q4 2017`);
 * - `decimal`: an exact decimal (`1234.5`), said `1.234,5` or `1,234.5`;
 * - `expression`: a rule's side (`export_value - import_value`), its codes said as indicators;
 * - `power`: a power of ten's exponent (`-3`), said `chia 1.000` / `divided by 1,000`;
 * - `factor`: `1000` or `1/1000`, said `1.000` / `1/1.000` (`1,000`, `1/1,000`).
 */
export type RefKind = 'indicator' | 'board' | 'month' | 'months' | 'period' | 'decimal' | 'expression' | 'power' | 'factor';

/** The names a message is rendered with: the workbook's (or the built-in) catalogue. */
export interface MessageNames {
  /** an indicator's name in a language, `undefined` for a code the catalogue does not have */
  indicatorName(code: string, lang: Lang): string | undefined;
}

/** A value filled into a `{placeholder}`: plain, words of its own in each language, or a reference. */
export type Param = string | number | Message | MessageRef;

type PlaceholderName<N extends string> = N extends `${string}${' ' | ',' | ':' | '"' | '{'}${string}` ? never : N;

/**
 * The placeholder names of a template, read from its text at compile time:
 * `Placeholders<'Tháng {month} của {board}'>` is `'month' | 'board'`. Braces around code
 * (`{ from, to }`) are not placeholders.
 */
export type Placeholders<S extends string> = S extends `${string}{${infer N}}${infer Rest}` ? PlaceholderName<N> | Placeholders<Rest> : never;
