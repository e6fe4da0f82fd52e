/**
 * Files: paths against the command's working folder, the one same-file check, and the one atomic
 * write. A write goes whole or not at all: the bytes go to a temporary file beside the target
 * (`.NAME.PID.HEX.tmp`); every byte is written (a short write is continued, a write that makes no
 * progress fails), the file is synced, its size is checked, and a caller's check reads it back
 * (the xlsx writer reads the zip's central directory back) before it is renamed over the target and
 * the folder synced. On any failure the temporary file is removed and the target is left exactly
 * as it was. A target that exists and is not a regular file (a FIFO, a device, a folder) is
 * refused. Temporary files of the same target left by a process that no longer exists (killed
 * mid-write) are removed by the next write.
 *
 * Node only; imports nothing of the command but the xlsx layer's error type. Anything in the
 * command that reads a path or writes a file may import it (the commands, the API, the xlsx writer,
 * the docx report).
 */
import { randomBytes } from 'node:crypto';
import { existsSync, realpathSync, statSync } from 'node:fs';
import { lstat, open, readdir, rename, stat, unlink } from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { XlsxError } from './xlsx/errors.js';

export function resolvePath(cwd: string, path: string): string {
  return resolve(cwd, path);
}

/**
 * True when both paths name the same file: the same path, the same file through a symbolic or hard
 * link (same device and inode), or the same real path (through linked folders, also for a file
 * that does not exist yet). The one same-file check of the command and its writers.
 */
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

/** Refuses to write `outputPath` over `inputPath` (an {@link XlsxError} `same-file`). */
export function refuseSameFile(inputPath: string, outputPath: string): void {
  if (sameFile(inputPath, outputPath)) throw new XlsxError('same-file', { path: outputPath });
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
 * Writes bytes whole or not at all: {@link writeFileAtomically} with one chunk and no read-back.
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

/** Test hooks: called after this many bytes were written (to pause or kill a write mid-way). */
export interface AtomicHooks {
  readonly afterBytes?: { readonly bytes: number; readonly run: () => Promise<void> | void };
}

/** `.NAME.PID.HEX.tmp`: the temporary name of a write of `name` by process `pid`. */
export function tempName(name: string, pid: number): string {
  return `.${name}.${pid}.${randomBytes(6).toString('hex')}.tmp`;
}

const errCode = (e: unknown): string => (typeof e === 'object' && e !== null && typeof (e as { code?: unknown }).code === 'string' ? (e as { code: string }).code : e instanceof Error ? e.message : String(e));

function failed(path: string, detail: string, detailVi = detail): XlsxError {
  return new XlsxError('write-failed', { path, detail, detailVi });
}

/** True when a process with this id exists (also one of another user). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return errCode(e) === 'EPERM';
  }
}

/**
 * Removes the temporary files of `target` whose writing process no longer exists: only names of
 * the form `.NAME.PID.HEX.tmp` for this very NAME, only regular files, never this process's own.
 * Returns the names removed. Never throws.
 */
export async function removeStaleTemps(target: string): Promise<string[]> {
  const abs = resolve(target);
  const dir = dirname(abs);
  const name = basename(abs);
  const removed: string[] = [];
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return removed;
  }
  const prefix = `.${name}.`;
  for (const n of names) {
    if (!n.startsWith(prefix) || !n.endsWith('.tmp')) continue;
    const m = /^(\d{1,10})\.[0-9a-f]{12}\.tmp$/.exec(n.slice(prefix.length));
    if (m === null) continue;
    const pid = Number(m[1]);
    if (pid === process.pid || alive(pid)) continue;
    try {
      const st = await lstat(join(dir, n));
      if (!st.isFile()) continue;
      await unlink(join(dir, n));
      removed.push(n);
    } catch {
      /* gone already, or not ours to remove */
    }
  }
  return removed;
}

/** Refuses an existing target that is not a regular file (followed through links). */
export async function refuseNonRegularTarget(target: string, shown: string = target): Promise<void> {
  let st;
  try {
    st = await stat(target);
  } catch (e) {
    if (errCode(e) === 'ENOENT') return;
    throw failed(shown, errCode(e));
  }
  if (!st.isFile()) {
    const what = st.isDirectory() ? ['a folder', 'là một thư mục'] : st.isFIFO() ? ['a FIFO (named pipe)', 'là một FIFO (ống có tên)'] : st.isCharacterDevice() || st.isBlockDevice() ? ['a device', 'là một thiết bị'] : st.isSocket() ? ['a socket', 'là một socket'] : ['not a regular file', 'không phải tệp thông thường'];
    throw new XlsxError('not-a-file', { path: shown, detail: what[0]!, detailVi: what[1]! });
  }
}

async function writeAll(fh: FileHandle, chunks: readonly Uint8Array[], hooks: AtomicHooks | undefined): Promise<number> {
  let total = 0;
  let hooked = false;
  for (const c of chunks) {
    let off = 0;
    while (off < c.length) {
      const { bytesWritten } = await fh.write(c, off, c.length - off);
      // A write that makes no progress would loop for ever: the disk takes nothing more.
      if (!(bytesWritten > 0)) throw Object.assign(new Error('short write'), { code: 'ENOSPC' });
      off += bytesWritten;
      total += bytesWritten;
      const h = hooks?.afterBytes;
      if (h !== undefined && !hooked && total >= h.bytes) {
        hooked = true;
        await h.run();
      }
    }
  }
  return total;
}

async function syncDir(dir: string): Promise<void> {
  let d: FileHandle | undefined;
  try {
    d = await open(dir, 'r');
    await d.sync();
  } catch (e) {
    // Some platforms (Windows) cannot open or sync a folder; elsewhere a failed sync is a failure.
    if (!['EISDIR', 'EPERM', 'EACCES', 'EINVAL', 'ENOTSUP'].includes(errCode(e)) && process.platform !== 'win32') throw e;
  } finally {
    await d?.close().catch(() => undefined);
  }
}

/**
 * Writes `chunks` to `target` whole or not at all (see the module). `verify` reads the synced
 * temporary file back before the rename and throws when it is not what was meant. Throws an
 * {@link XlsxError}: `not-a-file` for a target that is not a regular file, `write-failed` otherwise
 * (with the system's code: `ENOSPC`, `EFBIG`, `EACCES`, ...).
 *
 * @example
 * ```ts
 * await writeFileAtomically('out.xlsx', [bytes]);
 * ```
 */
export async function writeFileAtomically(target: string, chunks: readonly Uint8Array[], verify?: (bytes: Uint8Array) => void, hooks?: AtomicHooks, shown: string = target): Promise<void> {
  const abs = resolve(target);
  const dir = dirname(abs);
  await refuseNonRegularTarget(abs, shown);
  await removeStaleTemps(abs);
  const tmp = join(dir, tempName(basename(abs), process.pid));
  let fh: FileHandle;
  try {
    fh = await open(tmp, 'wx+', 0o644);
  } catch (e) {
    throw failed(shown, errCode(e));
  }
  let expected = 0;
  for (const c of chunks) expected += c.length;
  try {
    try {
      const written = await writeAll(fh, chunks, hooks);
      await fh.sync();
      const size = (await fh.stat()).size;
      if (written !== expected || size !== expected) throw failed(shown, `wrote ${size} of ${expected} bytes`, `chỉ ghi được ${size} trên ${expected} byte`);
      if (verify !== undefined) {
        const back = new Uint8Array(size);
        let got = 0;
        while (got < size) {
          const { bytesRead } = await fh.read(back, got, size - got, got);
          if (bytesRead <= 0) break;
          got += bytesRead;
        }
        if (got !== size) throw failed(shown, `read back ${got} of ${size} bytes`, `chỉ đọc lại được ${got} trên ${size} byte`);
        verify(back);
      }
    } finally {
      await fh.close();
    }
    await syncDir(dir);
    // The target may have become something else meanwhile: check again right before the rename.
    await refuseNonRegularTarget(abs, shown);
    await rename(tmp, abs);
  } catch (e) {
    await unlink(tmp).catch(() => undefined);
    if (e instanceof XlsxError) throw e;
    throw failed(shown, errCode(e));
  }
  await syncDir(dir).catch(() => undefined);
}
