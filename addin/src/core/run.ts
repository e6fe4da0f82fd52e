/**
 * The two runs of the add-in, over any {@link ExcelHost}: validate (read, check, write nothing) and
 * consolidate (read, check, roll up, make sure the source did not change, write the add-in's own
 * sheets). Both use the same library code as the `hoptac` command, so they cannot disagree.
 *
 * This file is the folder's entry: core/ holds what the add-in does, whatever the host (the runs, the
 * report, the glance figures, the period's gaps and findings, a figure's explanation). It imports
 * the library and excel/'s interfaces and helpers, never the taskpane/ or commands/ folders.
 */
import type { Lang } from 'hoptac';
import { consolidateWorkbook, diffWorkbooks, findingTotals, latestCompleteMonth, readWorkbook, reportSheets, takeWorkbookSnapshot } from 'hoptac/workbook';
import type { Consolidation } from 'hoptac';
import type { Finding, WorkbookChange, WorkbookModel } from 'hoptac/workbook';
import { MIN_EXCEL_API } from '../excel/host.js';
import type { ExcelHost } from '../excel/host.js';
import { AddinFailure, toFailure } from '../excel/failure.js';
import { changedSheet } from '../excel/fingerprint.js';
import { findingsTouchingPeriod } from './period-findings.js';
import { readFingerprint, readGrid } from '../excel/read.js';
import type { ReadOptions } from '../excel/read.js';
import { readSnapshot, writeSnapshot } from '../excel/snapshot-part.js';
import { writeOutputSheets } from '../excel/write.js';

/** What the task pane shows after a run. */
export interface RunSummary {
  readonly boards: number;
  /** month columns seen: count, first and last (canonical `2017-01`) */
  readonly months: { readonly count: number; readonly first?: string; readonly last?: string };
  readonly errors: number;
  readonly warnings: number;
  /** `missing-value` findings (exact count) */
  readonly missingValues: number;
  /** the latest month every board reported, if any */
  readonly latestComplete?: string;
}

export interface ValidateOutcome {
  readonly model: WorkbookModel;
  readonly findings: readonly Finding[];
  readonly summary: RunSummary;
}

export interface ConsolidateOutcome extends ValidateOutcome {
  /** canonical period text */
  readonly period: string;
  /** false when the workbook has errors: only the findings were written */
  readonly consolidated: boolean;
  /**
   * the period's figures (as `Tổng hợp` shows them), for the pane: each row's status tells a gap
   * (`missing`, with the boards that lack it) from a target no board has (`no-plan`); `undefined`
   * when the workbook has errors
   */
  readonly consolidation: Consolidation | undefined;
  /** the findings on a month the period's figures use (its months, the year to date, last year's) */
  readonly periodFindings: ReadonlySet<Finding>;
  /** the sheets written, in order */
  readonly written: readonly string[];
  /**
   * what changed since the last consolidation (the snapshot kept in the workbook then), as
   * `hoptac diff` lists it: `undefined` the first time, or when the kept snapshot was unusable
   */
  readonly changes?: readonly WorkbookChange[];
  /** when the last consolidation's snapshot was taken (ISO), when there was one */
  readonly since?: string;
}

export interface RunOptions extends ReadOptions {
  readonly lang?: Lang;
  /** the clock for the snapshot's time (tests pass a fixed one) */
  readonly now?: () => Date;
  /** called when reading is done and the library is working (no more per-sheet progress) */
  readonly onStage?: (stage: 'checking' | 'verifying' | 'writing') => void;
}

/** Counts for the summary: boards, months, errors, warnings and missing values. */
export function summarize(model: WorkbookModel, findings: readonly Finding[]): RunSummary {
  // exact when details are capped: the same totals as the command line and the Kiểm tra sheet
  const { errors, warnings } = findingTotals(findings, model.counts, model.rules);
  const latest = latestCompleteMonth(model);
  const first = model.months[0];
  const last = model.months[model.months.length - 1];
  return {
    boards: model.boards.length,
    months: { count: model.months.length, ...(first !== undefined ? { first } : {}), ...(last !== undefined ? { last } : {}) },
    errors,
    warnings,
    missingValues: model.counts['missing-value'] ?? 0,
    ...(latest !== undefined ? { latestComplete: latest } : {}),
  };
}

function requireApi(host: ExcelHost): void {
  if (!host.supports(MIN_EXCEL_API)) throw new AddinFailure('api-not-supported', { version: MIN_EXCEL_API });
}

/**
 * Reads and checks the workbook. Writes nothing.
 *
 * @example
 * ```ts
 * const { summary, findings } = await validate(officeHost(), { onProgress: show });
 * ```
 */
export async function validate(host: ExcelHost, options: RunOptions = {}): Promise<ValidateOutcome> {
  try {
    requireApi(host);
    const { grid } = await readGrid(host, options);
    options.onStage?.('checking');
    const model = readWorkbook(grid);
    return { model, findings: model.findings, summary: summarize(model, model.findings) };
  } catch (e) {
    throw toFailure(e);
  }
}

/**
 * Reads, checks and consolidates the workbook for `period` (default: the latest month every board
 * reported), then, if no source sheet changed meanwhile, writes `Tổng hợp` and `Kiểm tra`.
 *
 * @example
 * ```ts
 * const out = await consolidateRun(officeHost(), { period: '2017-Q4' });
 * out.consolidated; // false when the workbook has errors (only the findings say so)
 * ```
 */
export async function consolidateRun(host: ExcelHost, options: RunOptions & { readonly period?: string; readonly activate?: boolean } = {}): Promise<ConsolidateOutcome> {
  try {
    requireApi(host);
    const { grid, fingerprint } = await readGrid(host, options);
    options.onStage?.('checking');
    const model = readWorkbook(grid);
    const period = options.period ?? latestCompleteMonth(model);
    if (period === undefined) throw new AddinFailure('no-period');
    const result = consolidateWorkbook(model, { period });
    const sheets = reportSheets(result, { lang: options.lang ?? 'vi' });
    options.onStage?.('verifying');
    const changed = changedSheet(fingerprint, await readFingerprint(host));
    if (changed !== undefined) throw new AddinFailure('source-changed', { sheet: changed });
    options.onStage?.('writing');
    const out = [sheets.summary, sheets.findings];
    // the snapshot kept at the last consolidation, before it is replaced by this one's
    const previous = await readSnapshot(host);
    const changes = previous === undefined || previous === 'unusable' ? undefined : diffWorkbooks(previous, model);
    await writeOutputSheets(host, out, { activate: options.activate ?? false });
    await writeSnapshot(host, takeWorkbookSnapshot(model, { takenAt: (options.now ?? (() => new Date()))().toISOString() }));
    return {
      ...(changes === undefined ? {} : { changes }),
      ...(previous === undefined || previous === 'unusable' || previous.takenAt === undefined ? {} : { since: previous.takenAt }),
      model,
      findings: result.findings,
      summary: summarize(model, result.findings),
      period: result.period,
      consolidated: result.consolidation !== undefined,
      consolidation: result.consolidation,
      periodFindings: findingsTouchingPeriod(grid, result.findings, result.period),
      written: out.map((s) => s.name),
    };
  } catch (e) {
    throw toFailure(e);
  }
}
