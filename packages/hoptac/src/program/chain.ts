import { HoptacError } from '../errors.js';
import { messageBoth } from '../messages/index.js';
import type { Program, ProgramFile } from './types.js';
import { expectCode, expectProgramFile } from './internal/guards.js';

/**
 * A program and the programs before it, earliest first: 2007-2013 → 2013-2015 → 2016-2018. A link
 * counts when either side names it (`predecessor` on the later program or `successor` on the
 * earlier one). Throws `invalid-input` when no program has that code.
 *
 * @example
 * ```ts
 * import { loadPrograms, programChain } from 'hoptac/program';
 * declare const file: ReturnType<typeof loadPrograms>;
 * programChain(file, 'DN-LD-BP-2016').map((p) => p.period); // ['2007/2013', '2013/2015', '2016/2018']
 * ```
 */
export function programChain(file: ProgramFile, code: string): readonly Program[] {
  expectProgramFile('programChain', 'file', file);
  expectCode('programChain', 'code', code);
  const byCode = new Map(file.programs.map((p) => [p.code, p] as const));
  let current = byCode.get(code);
  if (current === undefined) throw new HoptacError('invalid-input', { count: 1, first: messageBoth('reason.no-program', { code }) });
  const out: Program[] = [current];
  const seen = new Set<string>([current.code]);
  for (;;) {
    const cur: Program = current;
    const prev: Program | undefined =
      (cur.predecessor === undefined ? undefined : byCode.get(cur.predecessor)) ?? file.programs.find((p) => p.successor === cur.code);
    if (prev === undefined || seen.has(prev.code)) break;
    seen.add(prev.code);
    out.unshift(prev);
    current = prev;
  }
  return Object.freeze(out);
}
