/**
 * Canonical JSON for hashing: object keys sorted by UTF-16 code units (JavaScript's default sort),
 * no whitespace, strings escaped by `JSON.stringify`, `undefined` properties left out. Numbers must
 * be safe integers: hoptac writes every other number as a decimal string, so no float formatting
 * can differ between platforms. Anything else throws `invalid-snapshot`.
 */
import { HoptacError } from '../../errors.js';
import { messageBoth } from '../../messages/index.js';

export function canonicalJson(value: unknown): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value);
    case 'boolean':
      return value ? 'true' : 'false';
    case 'number':
      if (!Number.isSafeInteger(value)) throw new HoptacError('invalid-snapshot', { reason: messageBoth('reason.unsafe-number', { value: String(value) }) });
      return String(value);
    case 'object': {
      if (Array.isArray(value)) return `[${value.map((v: unknown) => canonicalJson(v === undefined ? null : v)).join(',')}]`;
      const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
      entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
      return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
    }
    default:
      throw new HoptacError('invalid-snapshot', { reason: messageBoth('reason.not-json-value', { type: typeof value }) });
  }
}
