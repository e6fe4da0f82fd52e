/** Running the `hoptac` command in-process, capturing what it writes. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { run } from '../../packages/cli/src/main.js';
import type { Io } from '../../packages/cli/src/io.js';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const EXAMPLE = join(ROOT, 'examples', 'shared-workbook.xlsx');

export interface CliResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `hoptac ...args` in-process through `run()`. */
export async function hoptac(args: readonly string[], options: { cwd?: string; env?: Record<string, string>; tty?: boolean; afterAnalysis?: () => Promise<void> | void } = {}): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const io: Io = {
    out: (s) => {
      stdout += s;
    },
    err: (s) => {
      stderr += s;
    },
    errIsTTY: options.tty === true,
    env: options.env ?? {},
    cwd: options.cwd ?? ROOT,
    ...(options.afterAnalysis !== undefined ? { afterAnalysis: options.afterAnalysis } : {}),
  };
  const code = await run(args, io);
  return { code, stdout, stderr };
}

/** Runs `hoptac ... --json` and parses standard output. */
export async function hoptacJson<T = unknown>(args: readonly string[], options: { cwd?: string } = {}): Promise<{ code: number; json: T; stderr: string }> {
  const r = await hoptac([...args, '--json'], options);
  let json: T;
  try {
    json = JSON.parse(r.stdout) as T;
  } catch {
    throw new Error(`not JSON (exit ${r.code}): ${r.stdout.slice(0, 300)} / ${r.stderr.slice(0, 300)}`);
  }
  return { code: r.code, json, stderr: r.stderr };
}

/** A fresh temporary directory, removed by the returned function. */
export function tempDir(prefix = 'hoptac-test-'): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export interface FindingJson {
  severity: 'error' | 'warning';
  code: string;
  sheet: string | null;
  cell: string | null;
  message: string;
  /** the message's params, codes as codes */
  params: Record<string, unknown>;
}

export interface RowJson {
  indicator: string;
  board: string;
  measure: string;
  value: string | null;
  unit: string;
  status: 'ok' | 'missing' | 'undefined' | 'no-plan';
  missing: { count: number; items: { board: string; indicator: string; what: 'month' | 'target' | 'history'; month: string | null; year: number | null }[] } | null;
}
