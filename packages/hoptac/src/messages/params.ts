/**
 * A message's params as text in one language: a {@link Message} gives its words, a reference its
 * value (rendering a reference in words is `render.ts`'s job). Holds no table, so the smallest
 * bundles can use it.
 */
import type { Lang, Message, MessageRef, Param } from './types.js';

/** A param as text in a language: a {@link Message} gives its words, a reference its value. */
export function paramText(p: Param, lang: Lang): string | number {
  if (typeof p !== 'object') return p;
  return isRef(p) ? p.value : p[lang];
}

function isRef(p: Message | MessageRef): p is MessageRef {
  return (p as Partial<MessageRef>).ref !== undefined;
}

/** The text params of one language (each {@link Param} through {@link paramText}). */
export function paramsIn(params: Readonly<Record<string, Param>>, lang: Lang): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(params)) out[k] = paramText(v, lang);
  return out;
}
