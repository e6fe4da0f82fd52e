/** The base of every proxy object of the fake: properties readable only once loaded and synced. */
import type { FakeContext } from './context.js';
import { FakeOfficeError } from './errors.js';
import { ACTION_OVERHEAD_BYTES } from './payload.js';

/** An operation queued until the next sync. */
export type FakeAction = () => void;

export class FakeProxy {
  protected readonly ctx: FakeContext;
  protected readonly data = new Map<string, unknown>();
  constructor(ctx: FakeContext) {
    this.ctx = ctx;
  }
  protected get0<T>(name: string): T {
    if (!this.data.has(name)) {
      throw new FakeOfficeError('PropertyNotLoaded', `The property '${name}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`);
    }
    return this.data.get(name) as T;
  }
  /** Queues `a` for the next sync; `bytes` is what it adds to the request's payload. */
  enqueue(a: FakeAction, bytes: number = ACTION_OVERHEAD_BYTES): void {
    this.ctx.queue.push({ run: a, bytes });
  }
  get isNullObject(): boolean {
    return this.get0<boolean>('isNullObject');
  }
}

/** `'a, b'` or `['a', 'b']` as a list of property names. */
export function propList(p: string | string[]): string[] {
  return (Array.isArray(p) ? p : p.split(',')).map((s) => s.trim()).filter((s) => s !== '');
}

/** A loadable object whose properties live in a plain map (protection, merged areas). */
export function loadedProperty<T>(data: ReadonlyMap<string, unknown>, name: string): T {
  if (!data.has(name)) throw new FakeOfficeError('PropertyNotLoaded', `The property '${name}' is not available.`);
  return data.get(name) as T;
}
