import { z } from 'zod';
import { HoptacError, type SafeResult, safely } from '../errors.js';
import { BY_KEY } from '../unit/units.js';
import { matchKey } from '../text/match-key.js';
import type { Catalogue, Indicator } from './types.js';

const CODE = /^[a-z0-9_]{1,64}$/;

const indicatorSchema = z
  .object({
    code: z.string().regex(CODE, 'code: 1-64 characters of a-z, 0-9 and _'),
    nameVi: z.string().trim().min(1).max(500),
    nameEn: z.string().trim().min(1).max(500),
    unit: z.string().refine((u) => BY_KEY.has(matchKey(u)), { message: 'unit is not a unit of format 1' }),
    kind: z.enum(['flow', 'stock', 'ratio']),
    numerator: z.string().optional(),
    denominator: z.string().optional(),
    decimals: z.number().int().min(0).max(12).default(2),
  })
  .strict();

/** The zod schema of catalogue input (before cross-indicator checks). */
export const catalogueSchema = z.object({ indicators: z.array(indicatorSchema).max(10_000) }).strict();

/** What {@link defineCatalogue} accepts: indicators as plain objects; `decimals` defaults to 2. */
export type CatalogueInput = z.input<typeof catalogueSchema>;

/**
 * Validates a custom catalogue: codes unique, units of format 1, ratio parts present, existing,
 * not ratios and not the ratio itself, decimals 0-12. Throws `invalid-catalogue` with every issue.
 *
 * @example
 * ```ts
 * import { defineCatalogue } from 'hoptac';
 * const cat = defineCatalogue({ indicators: [
 *   { code: 'jobs', nameVi: 'Việc làm mới', nameEn: 'new jobs', unit: 'người', kind: 'flow' },
 * ] });
 * cat.indicators[0]?.decimals; // 2
 * ```
 */
export function defineCatalogue(input: unknown): Catalogue {
  const parsed = catalogueSchema.safeParse(input);
  const issues: { path: (string | number)[]; message: string }[] = [];
  if (!parsed.success) {
    for (const i of parsed.error.issues) issues.push({ path: i.path.map((p) => (typeof p === 'symbol' ? String(p) : p)), message: i.message });
    throw new HoptacError('invalid-catalogue', { count: issues.length, first: describe(issues[0]) }, issues);
  }
  const rows = parsed.data.indicators;
  const byCode = new Map<string, (typeof rows)[number]>();
  rows.forEach((r, i) => {
    if (byCode.has(r.code)) issues.push({ path: ['indicators', i, 'code'], message: `duplicate code "${r.code}"` });
    else byCode.set(r.code, r);
  });
  rows.forEach((r, i) => {
    const at = (f: string) => ['indicators', i, f];
    if (r.kind !== 'ratio') {
      if (r.numerator !== undefined || r.denominator !== undefined) issues.push({ path: at('numerator'), message: 'only a ratio has numerator and denominator' });
      return;
    }
    for (const part of ['numerator', 'denominator'] as const) {
      const code = r[part];
      if (code === undefined || code === '') issues.push({ path: at(part), message: `a ratio needs a ${part}` });
      else if (code === r.code) issues.push({ path: at(part), message: `a ratio cannot be its own ${part}` });
      else {
        const p = byCode.get(code);
        if (p === undefined) issues.push({ path: at(part), message: `${part} "${code}" is not in the catalogue` });
        else if (p.kind === 'ratio') issues.push({ path: at(part), message: `${part} "${code}" is a ratio: parts must be flows or stocks` });
      }
    }
  });
  if (issues.length > 0) throw new HoptacError('invalid-catalogue', { count: issues.length, first: describe(issues[0]) }, issues);
  return Object.freeze({
    indicators: Object.freeze(
      rows.map((r): Indicator => {
        const unit = BY_KEY.get(matchKey(r.unit))!.code;
        const base = { code: r.code, nameVi: r.nameVi, nameEn: r.nameEn, unit, kind: r.kind, decimals: r.decimals };
        return Object.freeze(r.kind === 'ratio' ? { ...base, numerator: r.numerator!, denominator: r.denominator! } : base);
      }),
    ),
  });
}

/**
 * {@link defineCatalogue} without throwing.
 *
 * @example
 * ```ts
 * import { safeDefineCatalogue } from 'hoptac';
 * safeDefineCatalogue({ indicators: [{ code: 'Bad Code' }] }).success; // false
 * ```
 */
export function safeDefineCatalogue(input: unknown): SafeResult<Catalogue> {
  return safely(() => defineCatalogue(input));
}

/**
 * The indicator with a code, or `undefined`.
 *
 * @example
 * ```ts
 * import { builtInCatalogue, findIndicator } from 'hoptac';
 * findIndicator(builtInCatalogue, 'export_value')?.unit; // 'triệu USD'
 * ```
 */
export function findIndicator(catalogue: Catalogue, code: string): Indicator | undefined {
  return catalogue.indicators.find((i) => i.code === code);
}

function describe(i: { path: (string | number)[]; message: string } | undefined): string {
  return i === undefined ? '' : `${i.path.join('.')}: ${i.message}`;
}
