/** Private: a section of the catalogue with its keys put under a prefix (`finding.`, `error.`, ...). */

export type Prefixed<P extends string, T> = { readonly [K in keyof T & string as `${P}.${K}`]: T[K] };

export function prefixed<P extends string, T extends Readonly<Record<string, string>>>(prefix: P, section: T): Prefixed<P, T> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(section)) out[`${prefix}.${k}`] = v;
  return out as Prefixed<P, T>;
}
