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
  readonly ref: 'indicator' | 'board' | 'month' | 'period' | 'decimal';
  /** the code (indicator, board), `YYYY-MM` (month), canonical period text, or decimal text */
  readonly value: string;
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
