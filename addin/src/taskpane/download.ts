/** Offering the review report (.docx) for download, where the host lets the page do it. */
import { el, state, text } from './pane-state.js';

export function renderDownload(): void {
  const box = el('download-box');
  const a = el<HTMLAnchorElement>('download');
  box.hidden = state.download === undefined;
  if (state.download === undefined) return;
  a.href = state.download.url;
  a.download = state.download.file;
  a.textContent = text('reportDownload', { file: state.download.file });
}

/** Offers the bytes for download; false where the host gives the page no way to (no Blob URLs). */
export function offerDownload(bytes: Uint8Array, file: string): boolean {
  try {
    if (typeof URL.createObjectURL !== 'function') return false;
    if (state.download !== undefined) URL.revokeObjectURL(state.download.url);
    const blob = new Blob([new Uint8Array(bytes)], { type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' });
    state.download = { url: URL.createObjectURL(blob), file };
    renderDownload();
    el<HTMLAnchorElement>('download').click();
    return true;
  } catch {
    state.download = undefined;
    return false;
  }
}

/** True in Excel on Windows or Mac, where a download may be blocked. */
export function desktopHost(): boolean {
  try {
    const p = Office.context.platform;
    return p === Office.PlatformType.PC || p === Office.PlatformType.Mac;
  } catch {
    return false;
  }
}
