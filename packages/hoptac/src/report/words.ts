/**
 * The report's small writing helpers: capitals, unit names, month and day labels in either
 * language, and joining runs. Pure; used by the report's sections only.
 */
import type { Lang } from '../messages/index.js';
import type { Activity } from '../program/types.js';
import { UNITS } from '../unit/units.js';
import type { Cell, Run } from './types.js';

export function upperFirst(s: string, lang: Lang): string {
  return s === '' ? s : s.charAt(0).toLocaleUpperCase(lang === 'vi' ? 'vi-VN' : 'en-US') + s.slice(1);
}

export function lowerFirst(s: string, lang: Lang): string {
  if (s === '') return s;
  return s.charAt(0).toLocaleLowerCase(lang === 'vi' ? 'vi-VN' : 'en-US') + s.slice(1);
}

export function unitName(unit: string, lang: Lang): string {
  return lang === 'en' ? (UNITS.find((u) => u.code === unit)?.en ?? unit) : unit;
}

export function yearOf(period: string): string {
  return period.slice(0, 4);
}

export function shiftYear(period: string): string {
  return `${Number(period.slice(0, 4)) - 1}${period.slice(4)}`;
}

const EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export function monthLabel(month: string, lang: Lang): string {
  const y = month.slice(0, 4);
  const m = Number(month.slice(5, 7));
  return lang === 'vi' ? `${m}/${y}` : `${EN_MONTHS[m - 1] ?? ''} ${y}`;
}

export function dayLabel(date: string, lang: Lang): string {
  if (date.length < 10) return monthLabel(date, lang);
  const [y, m, d] = [date.slice(0, 4), Number(date.slice(5, 7)), Number(date.slice(8, 10))];
  return lang === 'vi' ? `${String(d).padStart(2, '0')}/${String(m).padStart(2, '0')}/${y}` : `${d} ${EN_MONTHS[m - 1] ?? ''} ${y}`;
}

const OUTCOME: Readonly<Record<string, { vi: string; en: string }>> = {
  investors_introduced: { vi: 'nhà đầu tư được giới thiệu', en: 'investors introduced' },
  projects_resulted: { vi: 'dự án được cấp phép', en: 'projects that resulted' },
  participants: { vi: 'người tham dự', en: 'participants' },
  workers_supplied: { vi: 'lao động được hỗ trợ', en: 'workers supplied' },
};

export function outcomeLabel(code: string, lang: Lang): string {
  return OUTCOME[code]?.[lang] ?? code;
}

export function countKinds(acts: readonly Activity[]): [Activity['kind'], number][] {
  const m = new Map<Activity['kind'], number>();
  for (const a of acts) m.set(a.kind, (m.get(a.kind) ?? 0) + 1);
  return [...m];
}

export function cellLength(c: Cell | undefined): number {
  return c === undefined ? 0 : c.runs.reduce((a, r) => a + r.text.length, 0);
}

/** Joins neighbouring runs that look the same (fewer runs, same text). */
export function merge(runs: readonly Run[]): Run[] {
  const out: Run[] = [];
  for (const r of runs) {
    if (r.text === '') continue;
    const last = out[out.length - 1];
    if (last !== undefined && last.figure === undefined && r.figure === undefined && last.bold === r.bold && last.italic === r.italic && last.placeholder === r.placeholder) {
      out[out.length - 1] = { ...last, text: last.text + r.text };
    } else out.push(r);
  }
  return out;
}
