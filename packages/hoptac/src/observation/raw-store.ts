/**
 * The builder's raw observations before `build()`. Observations are numbered in the order they
 * were added; each holds only its value (a scale and a safe integer mantissa, in typed arrays grown
 * together). Which board, indicator and month an observation is comes from its run: a run is
 * consecutive observations of one board × indicator, one status, at consecutive months (a row of a
 * board sheet is one run, however it was added). The rare extras are kept aside: values too large
 * for a safe mantissa; sources live in their own table (`sources.ts`).
 */
import type { Scaled } from '../decimal/scaled.js';
import { SourceTable } from './sources.js';

function grown<T extends Int32Array | Int16Array | Uint8Array | Float64Array>(a: T, cap: number): T {
  const b = new (a.constructor as new (n: number) => T)(cap);
  b.set(a);
  return b;
}

export class RawObservations {
  cap: number;
  length = 0;
  scale: Int16Array; // -1: a reported blank
  mant: Float64Array;
  /** observation number -> value too large for a safe mantissa */
  readonly big = new Map<number, Scaled>();
  readonly sources = new SourceTable();

  runCap = 256;
  runs = 0;
  runBoard = new Int32Array(this.runCap);
  runIndicator = new Int32Array(this.runCap);
  /** the month of the run's first observation */
  runMonth = new Int32Array(this.runCap);
  /** the number of the run's first observation (a run ends where the next one starts) */
  runFirst = new Int32Array(this.runCap);
  /** 1: the run's observations are estimates */
  runEstimated = new Uint8Array(this.runCap);

  constructor(cap = 4096) {
    this.cap = cap;
    this.scale = new Int16Array(cap);
    this.mant = new Float64Array(cap);
    this.sources.reserve(cap);
  }

  grow(): void {
    const cap = this.cap * 2;
    this.scale = grown(this.scale, cap);
    this.mant = grown(this.mant, cap);
    this.sources.reserve(cap);
    this.cap = cap;
  }

  /**
   * The next observation is board `b`, indicator `i`, month `m`: it continues the last run when
   * that run is the same board, indicator and status at the month before, else starts a new one.
   */
  runFor(b: number, i: number, m: number, estimated: number): void {
    const r = this.runs - 1;
    if (r >= 0 && this.runBoard[r] === b && this.runIndicator[r] === i && this.runEstimated[r] === estimated && this.runMonth[r]! + (this.length - this.runFirst[r]!) === m) return;
    this.startRun(b, i, m, estimated);
  }

  /** Starts a new run at the next observation. */
  startRun(b: number, i: number, m: number, estimated: number): void {
    const r = this.runs;
    if (r === this.runCap) this.growRuns();
    this.runBoard[r] = b;
    this.runIndicator[r] = i;
    this.runMonth[r] = m;
    this.runFirst[r] = this.length;
    this.runEstimated[r] = estimated;
    this.runs = r + 1;
  }

  private growRuns(): void {
    const cap = this.runCap * 2;
    this.runBoard = grown(this.runBoard, cap);
    this.runIndicator = grown(this.runIndicator, cap);
    this.runMonth = grown(this.runMonth, cap);
    this.runFirst = grown(this.runFirst, cap);
    this.runEstimated = grown(this.runEstimated, cap);
    this.runCap = cap;
  }

  /** One past the last observation of run `r`. */
  runEnd(r: number): number {
    return r + 1 < this.runs ? this.runFirst[r + 1]! : this.length;
  }
}
