/** Paths and writes: relative paths against the Io's directory, same-file checks, temp file + rename. */
import { existsSync, realpathSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { writeFileAtomically } from './xlsx/atomic.js';

export function resolvePath(cwd: string, path: string): string {
  return resolve(cwd, path);
}

/** True when both paths name the same file (also through links), or the same path if absent. */
export function sameFile(a: string, b: string): boolean {
  if (resolve(a) === resolve(b)) return true;
  try {
    if (existsSync(a) && existsSync(b)) {
      const sa = statSync(a);
      const sb = statSync(b);
      if (sa.dev === sb.dev && sa.ino === sb.ino) return true;
    }
    return realpathSafe(a) === realpathSafe(b);
  } catch {
    return false;
  }
}

function realpathSafe(p: string): string {
  try {
    return realpathSync(p);
  } catch {
    try {
      return join(realpathSync(dirname(p)), basename(p));
    } catch {
      return resolve(p);
    }
  }
}

/**
 * Writes bytes whole or not at all: a temporary file beside the target, every byte written and
 * synced, its size checked, then renamed (see xlsx/atomic.ts). An existing target that is not a
 * regular file is refused; temporary files of killed runs are removed.
 */
export async function writeAtomic(path: string, bytes: Uint8Array): Promise<void> {
  await writeFileAtomically(path, [bytes]);
}

/** A short reason for a file system error, without a stack. */
export function fsReason(e: unknown): string {
  if (typeof e === 'object' && e !== null && 'code' in e) {
    const code = String((e as { code: unknown }).code);
    const msg = e instanceof Error ? e.message : code;
    return msg.replace(/^[A-Z]+: /, '');
  }
  return e instanceof Error ? e.message : String(e);
}
