/**
 * Step 3, indicators: the catalogue from the `Indicators` sheet, with a finding that says what to
 * write for each bad row; the rows left serve as the catalogue. Then the lookups the later steps use.
 */
import { builtInCatalogue } from '../../indicator/builtin.js';
import { safeDefineCatalogue } from '../../indicator/define.js';
import type { Catalogue } from '../../indicator/types.js';
import { matchKey } from '../../text/match-key.js';
import { BY_KEY } from '../../unit/units.js';
import type { GridCell } from '../grid.js';
import { a1 } from '../grid.js';
import { shown } from '../internal/collector.js';
import { labelOf } from './cells.js';
import { flag, placeAt, type ReadContext, type SheetRole } from './context.js';
import { keySheetHeader, requireFields } from './key-sheet-header.js';
import { INDICATOR_CODE, INDICATOR_FIELDS, type IndicatorField, KIND_WORDS } from './labels.js';

/** One row of `Indicators` that passed the field checks: its row and the input for defineCatalogue. */
interface CatalogueEntry {
  readonly row: number;
  readonly input: Record<string, unknown>;
}

/** The sheet being read and where its fields are. */
interface IndicatorsSheet {
  readonly ctx: ReadContext;
  readonly role: SheetRole;
  readonly cols: Map<IndicatorField, number>;
  readonly codeCol: number;
}

// Catalogue field name (defineCatalogue's issue path) to the Indicators sheet's header field.
const FIELD_OF = new Map<string, IndicatorField>([
  ['code', 'code'], ['nameVi', 'name_vi'], ['nameEn', 'name_en'], ['unit', 'unit'], ['kind', 'kind'],
  ['numerator', 'numerator'], ['denominator', 'denominator'], ['decimals', 'decimals'],
]);
const PART_NAMES_VI = { numerator: 'tử số', denominator: 'mẫu số' } as const;

/** Reads `Indicators` into a catalogue (the built-in one when its header lacks a required field). */
export function readIndicators(ctx: ReadContext, role: SheetRole): Catalogue {
  const { sheet, idx } = role;
  const { hr, cols } = keySheetHeader(sheet, INDICATOR_FIELDS);
  if (!requireFields(ctx, role, hr, cols, INDICATOR_FIELDS, ['code', 'name_vi', 'unit', 'kind'])) return builtInCatalogue;
  const at: IndicatorsSheet = { ctx, role, cols, codeCol: cols.get('code')! };
  const entries: CatalogueEntry[] = [];
  const firstRow = new Map<string, number>();
  for (let r = hr + 1; r < sheet.rows.length; r++) {
    const row = sheet.rows[r];
    const code = fieldText(at, row, 'code');
    if (code === '') continue;
    const first = firstRow.get(code);
    if (first !== undefined) {
      flag(ctx, 'duplicate-indicator', 'duplicate-indicator.catalogue', placeAt(idx, sheet, r, at.codeCol), { indicator: shown(code), first: a1(first, at.codeCol) });
      continue;
    }
    firstRow.set(code, r);
    const entry = indicatorRow(at, row, r, code);
    if (entry !== undefined) entries.push(entry);
  }
  return defineFromRows(at, withRatioParts(at, entries));
}

function fieldText(at: IndicatorsSheet, row: ReadonlyArray<GridCell | undefined> | undefined, f: IndicatorField): string {
  const c = at.cols.get(f);
  return c === undefined ? '' : labelOf(row?.[c]).trim();
}

/** One row's input, or undefined (with a finding that says what to write) when a field is bad. */
function indicatorRow(at: IndicatorsSheet, row: ReadonlyArray<GridCell | undefined> | undefined, r: number, code: string): CatalogueEntry | undefined {
  const nameVi = fieldText(at, row, 'name_vi');
  const nameEn = fieldText(at, row, 'name_en') || nameVi;
  const kindText = fieldText(at, row, 'kind');
  const input: Record<string, unknown> = {
    code,
    nameVi,
    nameEn,
    unit: fieldText(at, row, 'unit'),
    kind: KIND_WORDS.get(matchKey(kindText)) ?? kindText,
  };
  const num = fieldText(at, row, 'numerator');
  const den = fieldText(at, row, 'denominator');
  if (num !== '') input.numerator = num;
  if (den !== '') input.denominator = den;
  const dec = fieldText(at, row, 'decimals');
  if (dec !== '') input.decimals = /^\d{1,2}$/.test(dec) ? Number(dec) : dec;
  // field checks with messages that say what to write (defineCatalogue is the safety net)
  const bad = (msg: string, f: IndicatorField, value: string): undefined => {
    flag(at.ctx, 'bad-indicator', `bad-indicator.${msg}`, placeAt(at.role.idx, at.role.sheet, r, at.cols.get(f) ?? at.codeCol), { indicator: shown(code), value: shown(value) });
    return undefined;
  };
  if (!INDICATOR_CODE.test(code)) return bad('code', 'code', code);
  if (nameVi === '') return bad('name', 'name_vi', '');
  if (!BY_KEY.has(matchKey(String(input.unit)))) return bad('unit', 'unit', String(input.unit));
  if (!KIND_WORDS.has(matchKey(kindText))) return bad('kind', 'kind', kindText);
  if (dec !== '' && !(typeof input.decimals === 'number' && input.decimals <= 12)) return bad('decimals', 'decimals', dec);
  if (input.kind !== 'ratio' && (num !== '' || den !== '')) return bad('not-ratio', num !== '' ? 'numerator' : 'denominator', num || den);
  return { row: r, input };
}

/** The entries whose ratio parts are present, known, not ratios and not the ratio itself. */
function withRatioParts(at: IndicatorsSheet, entries: readonly CatalogueEntry[]): CatalogueEntry[] {
  const kindOf = new Map(entries.map((e) => [String(e.input.code), String(e.input.kind)] as const));
  return entries.filter((e) => {
    if (e.input.kind !== 'ratio') return true;
    for (const part of ['numerator', 'denominator'] as const) {
      const v = typeof e.input[part] === 'string' ? (e.input[part] as string) : '';
      const kind = kindOf.get(v);
      const msg = v === '' ? 'part-missing' : v === e.input.code ? 'part-self' : kind === undefined ? 'part-unknown' : kind === 'ratio' ? 'part-ratio' : undefined;
      if (msg !== undefined) {
        flag(at.ctx, 'bad-indicator', `bad-indicator.${msg}`, placeAt(at.role.idx, at.role.sheet, e.row, at.cols.get(part) ?? at.codeCol), { indicator: String(e.input.code), value: shown(v), part, partVi: PART_NAMES_VI[part] });
        return false;
      }
    }
    return true;
  });
}

/** Validates; drops rejected rows and tries again so the rest still serves as the catalogue. */
function defineFromRows(at: IndicatorsSheet, entries: readonly CatalogueEntry[]): Catalogue {
  let live = entries;
  for (let round = 0; round < 4; round++) {
    const res = safeDefineCatalogue({ indicators: live.map((e) => e.input) });
    if (res.success) return res.data;
    const bad = new Set<number>();
    for (const issue of res.error.issues) {
      const i = issue.path[1];
      if (typeof i !== 'number') continue;
      if (bad.has(i)) continue; // one finding per row
      bad.add(i);
      const f = FIELD_OF.get(String(issue.path[2] ?? 'code')) ?? 'code';
      const e = live[i]!;
      flag(at.ctx, 'bad-indicator', 'bad-indicator', placeAt(at.role.idx, at.role.sheet, e.row, at.cols.get(f) ?? at.codeCol), { row: e.row + 1, column: f, detail: issue.message });
    }
    if (bad.size === 0) break;
    live = live.filter((_, i) => !bad.has(i));
  }
  return Object.freeze({ indicators: Object.freeze([]) });
}

/** Sets the catalogue and the lookups on it: by code, by name, the parts of `%` ratios, a code to suggest. */
export function useCatalogue(ctx: ReadContext, catalogue: Catalogue): void {
  ctx.catalogue = catalogue;
  for (const ind of catalogue.indicators) ctx.byCode.set(ind.code, ind);
  ctx.suggestion = catalogue.indicators[0]?.code ?? 'export_value';
  for (const ind of catalogue.indicators) {
    ctx.byName.set(matchKey(ind.nameVi), ind.code);
    ctx.byName.set(matchKey(ind.nameEn), ind.code);
  }
  for (const ind of catalogue.indicators) {
    if (ind.kind === 'ratio' && ind.unit === '%') {
      if (ind.numerator !== undefined) ctx.ratioParts.add(ind.numerator);
      if (ind.denominator !== undefined) ctx.ratioParts.add(ind.denominator);
    }
  }
}
