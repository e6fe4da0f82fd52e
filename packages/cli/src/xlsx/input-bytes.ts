/**
 * A workbook's bytes, as the command and its scripts API take them in: a path read once, within
 * the file-size limit, or bytes already in hand. Its own small module, so a command reaches the
 * point where it gives the analysis worker its job without loading the package reader or the
 * writer (and their zip code) on the main thread.
 */
import { readFile, stat } from 'node:fs/promises';
import { XlsxError, formatBytes } from './errors.js';
import type { XlsxLimits } from './limits.js';

/** Reads the file's bytes, refusing a file over `maxFileBytes` before reading it. */
export async function readInputBytes(input: string | Uint8Array, limits: XlsxLimits): Promise<Uint8Array> {
  if (typeof input !== 'string') {
    if (input.length > limits.maxFileBytes) throw new XlsxError('too-large', { what: 'file', whatVi: 'tệp', actual: formatBytes(input.length), limit: formatBytes(limits.maxFileBytes) });
    return input;
  }
  let size: number;
  try {
    const st = await stat(input);
    if (!st.isFile()) throw new XlsxError('unreadable', { detail: 'not a regular file', detailVi: 'không phải tệp thông thường' });
    size = st.size;
  } catch (e) {
    if (e instanceof XlsxError) throw e;
    throw unreadable(e);
  }
  if (size > limits.maxFileBytes) throw new XlsxError('too-large', { what: 'file', whatVi: 'tệp', actual: formatBytes(size), limit: formatBytes(limits.maxFileBytes) });
  try {
    const buf = await readFile(input);
    if (buf.length > limits.maxFileBytes) throw new XlsxError('too-large', { what: 'file', whatVi: 'tệp', actual: formatBytes(buf.length), limit: formatBytes(limits.maxFileBytes) });
    return new Uint8Array(buf.buffer, buf.byteOffset, buf.length);
  } catch (e) {
    if (e instanceof XlsxError) throw e;
    throw unreadable(e);
  }
}

function unreadable(e: unknown): XlsxError {
  const code = typeof e === 'object' && e !== null && typeof (e as { code?: unknown }).code === 'string' ? (e as { code: string }).code : 'error';
  const vi: Record<string, string> = { ENOENT: 'không có tệp này', EACCES: 'không có quyền đọc', EISDIR: 'là thư mục', EPERM: 'không có quyền đọc' };
  const en: Record<string, string> = { ENOENT: 'no such file', EACCES: 'permission denied', EISDIR: 'it is a folder', EPERM: 'permission denied' };
  return new XlsxError('unreadable', { detail: en[code] ?? code, detailVi: vi[code] ?? code });
}
