/** Step 2, settings: the `Settings` sheet's number format and built-in rules switch, into the context. */
import { matchKey } from '../../text/match-key.js';
import { BUILTIN_RULES_KEYS, readSwitch } from '../checks.js';
import type { GridCell } from '../grid.js';
import { shown } from '../internal/collector.js';
import { labelOf } from './cells.js';
import { flag, placeAt, type ReadContext, type SheetRole } from './context.js';
import { keySheetHeader, requireFields } from './key-sheet-header.js';
import { NUMBER_FORMAT_KEYS, SETTING_FIELDS } from './labels.js';

/** Reads `Settings`: sets `ctx.numberFormat` and `ctx.builtinRules`; unknown, bad and repeated keys are findings. */
export function readSettings(ctx: ReadContext, role: SheetRole): void {
  const { sheet, idx } = role;
  const { hr, cols } = keySheetHeader(sheet, SETTING_FIELDS);
  if (!requireFields(ctx, role, hr, cols, SETTING_FIELDS, ['key', 'value'])) return;
  const kc = cols.get('key')!;
  const vc = cols.get('value')!;
  const seen = new Map<string, number>();
  /** false (with a finding) when the setting was given before */
  const first = (name: string, r: number): boolean => {
    const before = seen.get(name);
    if (before !== undefined) {
      flag(ctx, 'bad-setting', 'bad-setting.duplicate', placeAt(idx, sheet, r, kc), { value: name, first: before + 1 });
      return false;
    }
    seen.set(name, r);
    return true;
  };
  for (let r = hr + 1; r < sheet.rows.length; r++) {
    const row: ReadonlyArray<GridCell | undefined> | undefined = sheet.rows[r];
    const key = matchKey(labelOf(row?.[kc]));
    if (key === '') continue;
    const valueText = labelOf(row?.[vc]);
    if (BUILTIN_RULES_KEYS.has(key)) {
      if (!first('builtin_rules', r)) continue;
      const on = readSwitch(valueText);
      if (on === undefined) flag(ctx, 'bad-setting', 'bad-setting.builtin-rules', placeAt(idx, sheet, r, vc), { value: shown(valueText) });
      else ctx.builtinRules = on;
      continue;
    }
    if (!NUMBER_FORMAT_KEYS.has(key)) {
      flag(ctx, 'unknown-setting', 'unknown-setting', placeAt(idx, sheet, r, kc), { value: shown(labelOf(row?.[kc])) });
      continue;
    }
    if (!first('number_format', r)) continue;
    const v = matchKey(valueText);
    if (v === 'vi' || v === 'en') ctx.numberFormat = v;
    else flag(ctx, 'bad-setting', 'bad-setting.number-format', placeAt(idx, sheet, r, vc), { value: shown(valueText) });
  }
}
