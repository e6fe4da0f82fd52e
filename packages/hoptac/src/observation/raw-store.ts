/**
 * The builder's raw observations before `build()`: a struct of typed arrays grown together (one
 * capacity check per observation), plus the rare extras kept aside (values too large for a safe
 * mantissa, sources, estimate marks).
 */
import type { Scaled } from '../decimal/scaled.js';
import type { Source } from './types.js';

export class RawObservations {
  cap: number;
  length = 0;
  board: Int32Array;
  indicator: Int32Array;
  month: Int32Array;
  scale: Int16Array; // -1: a reported blank
  mant: Float64Array;
  /** observation number -> value too large for a safe mantissa */
  readonly big = new Map<number, Scaled>();
  readonly sources: (Source | undefined)[] = [];
  /** observation numbers of estimates */
  readonly estimated = new Set<number>();
  constructor(cap = 4096) {
    this.cap = cap;
    this.board = new Int32Array(cap);
    this.indicator = new Int32Array(cap);
    this.month = new Int32Array(cap);
    this.scale = new Int16Array(cap);
    this.mant = new Float64Array(cap);
  }
  grow(): void {
    const cap = this.cap * 2;
    const g = <T extends Int32Array | Int16Array | Float64Array>(a: T, make: (n: number) => T): T => {
      const b = make(cap);
      b.set(a);
      return b;
    };
    this.board = g(this.board, (n) => new Int32Array(n));
    this.indicator = g(this.indicator, (n) => new Int32Array(n));
    this.month = g(this.month, (n) => new Int32Array(n));
    this.scale = g(this.scale, (n) => new Int16Array(n));
    this.mant = g(this.mant, (n) => new Float64Array(n));
    this.cap = cap;
  }
}
