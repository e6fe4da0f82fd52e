/**
 * Private: collects findings cheaply (no message text until the end), keeps the first
 * `cap` of each code in stable order with a running top-k, and counts every one exactly.
 */
import { isMessageKey, type MessageKey, type MessageNames, type Param } from '../../messages/index.js';
import { renderMessage } from '../../messages/render.js';
import { type Finding, type FindingCode, FINDING_SEVERITY, type Severity } from '../findings.js';
import { a1 } from '../grid.js';

type Params = Readonly<Record<string, Param>>;

interface Raw {
  readonly code: FindingCode;
  readonly msg: string;
  /** tab position of the sheet; -1 for none */
  readonly sheetIdx: number;
  readonly sheet: string | undefined;
  /** 0-based; -1 when the finding has no cell */
  readonly row: number;
  readonly col: number;
  readonly seq: number;
  readonly params: Params;
  /** set for a code whose severity comes from elsewhere (`rule-violated`: its rule's) */
  readonly severity: Severity | undefined;
}

const byPlace = (a: Raw, b: Raw): number => a.sheetIdx - b.sheetIdx || a.row - b.row || a.col - b.col || a.seq - b.seq;

/** Where a finding is: a sheet (its tab position and name) and optionally a 0-based cell. */
export interface Place {
  readonly sheetIdx: number;
  readonly sheet: string | undefined;
  readonly row?: number;
  readonly col?: number;
}

export const DEFAULT_CAP = 200;

export class Collector {
  private readonly lists = new Map<FindingCode, Raw[]>();
  private readonly counts = new Map<FindingCode, number>();
  private seq = 0;
  private errors = 0;
  constructor(private readonly cap: number) {}

  /**
   * Reports a finding. `msg` is a message id (`code` or `code.variant`); `severity` overrides the
   * code's own only where the code says so (`rule-violated`).
   */
  add(code: FindingCode, msg: string, place: Place, params: Params = {}, severity?: Severity): void {
    this.counts.set(code, (this.counts.get(code) ?? 0) + 1);
    if ((severity ?? FINDING_SEVERITY.get(code)) === 'error') this.errors++;
    if (this.cap <= 0) return;
    let list = this.lists.get(code);
    if (list === undefined) {
      list = [];
      this.lists.set(code, list);
    }
    list.push({
      code,
      msg,
      sheetIdx: place.sheetIdx,
      sheet: place.sheet,
      row: place.row ?? -1,
      col: place.col ?? -1,
      seq: this.seq++,
      params,
      severity,
    });
    // running top-k: keep memory bounded however many cells are bad
    if (list.length >= 4 * this.cap + 64) {
      list.sort(byPlace);
      list.length = this.cap;
    }
  }

  hasErrors(): boolean {
    return this.errors > 0;
  }

  /**
   * The findings in stable order (sheet tab order, row, column), capped, and the exact counts;
   * messages say indicators by their `names` (the workbook's catalogue) when given.
   */
  finish(names?: MessageNames): { findings: Finding[]; counts: Record<string, number> } {
    const kept: Raw[] = [];
    let capped = false;
    for (const list of this.lists.values()) {
      list.sort(byPlace);
      if (list.length > this.cap) {
        list.length = this.cap;
      }
      kept.push(...list);
    }
    for (const n of this.counts.values()) if (n > this.cap) capped = true;
    kept.sort(byPlace);
    const findings = kept.map((r) => toFinding(r, names));
    if (capped) {
      const parts: string[] = [];
      for (const [code, n] of this.counts) parts.push(`${code}: ${n}`);
      this.counts.set('findings-capped', 1);
      findings.push(toFinding({ code: 'findings-capped', msg: 'findings-capped', sheetIdx: -1, sheet: undefined, row: -1, col: -1, seq: 0, params: { cap: this.cap, counts: parts.join(', ') }, severity: undefined }, names));
    }
    const counts: Record<string, number> = {};
    for (const [code, n] of this.counts) counts[code] = n;
    return { findings, counts };
  }
}

/** The catalogue key of a message id (`code` or `code.variant`), falling back to the code's own. */
export function findingKey(msg: string, code: FindingCode): MessageKey {
  const key = `finding.${msg}`;
  if (isMessageKey(key)) return key;
  const own = `finding.${code}`;
  if (isMessageKey(own)) return own;
  throw new Error(`no message for finding ${msg}`);
}

function toFinding(r: Raw, names: MessageNames | undefined): Finding {
  const messageKey = findingKey(r.msg, r.code);
  const params: Params = r.row >= 0 ? { ...r.params, sheet: r.sheet ?? '', cell: a1(r.row, Math.max(r.col, 0)) } : { ...r.params, sheet: r.sheet ?? '' };
  const f: { -readonly [K in keyof Finding]: Finding[K] } = {
    severity: r.severity ?? FINDING_SEVERITY.get(r.code) ?? 'error',
    code: r.code,
    message: renderMessage('en', messageKey, params, names),
    messageVi: renderMessage('vi', messageKey, params, names),
    messageKey,
    params,
  };
  if (r.sheet !== undefined) f.sheet = r.sheet;
  if (r.row >= 0) f.cell = a1(r.row, Math.max(r.col, 0));
  return Object.freeze(f);
}

/** Cell text for a message: trimmed to a readable length. */
export function shown(text: string): string {
  const t = text.trim();
  return t.length > 60 ? `${t.slice(0, 60)}…` : t;
}
