/**
 * Private: sections of the catalogue put together as one table, each section's keys under its
 * prefix (`finding.`, `error.`, ...). Called as a pure function, so that a bundle which never asks
 * for a table leaves its sections out.
 */

export type Prefixed<P extends string, T> = { readonly [K in keyof T & string as `${P}.${K}`]: T[K] };

type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;

/** The table of some sections: `{ error: { 'x': '…' } }` gives `{ 'error.x': '…' }`, literal types kept. */
export type SectionTable<S> = UnionToIntersection<{ [P in keyof S & string]: Prefixed<P, S[P]> }[keyof S & string]>;

/** One table of the sections given, keyed `section.id`. */
export function sectionTable<S extends Readonly<Record<string, Readonly<Record<string, string>>>>>(sections: S): SectionTable<S> {
  const out: Record<string, string> = {};
  for (const [prefix, section] of Object.entries(sections)) for (const [k, v] of Object.entries(section)) out[`${prefix}.${k}`] = v;
  return out as SectionTable<S>;
}
