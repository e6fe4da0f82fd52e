/**
 * The size of what one `context.sync()` sends and brings back, as JSON over the wire. Excel on the
 * web refuses a request or a response over 5 MB (`RequestPayloadSizeLimitExceeded`,
 * `ResponsePayloadSizeLimitExceeded`: "Resource limits and performance optimization for Office
 * Add-ins"); the fake counts every queued operation and every loaded property the same way, and
 * refuses at the same limit.
 */

/** Excel on the web's limit on a request's and a response's payload. */
export const WEB_PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;

/** What one queued operation costs besides its arguments (object path, action id, names). */
export const ACTION_OVERHEAD_BYTES = 100;

/** UTF-8 bytes of a string. */
export function utf8Bytes(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** UTF-8 bytes of a value as JSON. */
export function jsonBytes(v: unknown): number {
  return utf8Bytes(JSON.stringify(v) ?? '');
}
