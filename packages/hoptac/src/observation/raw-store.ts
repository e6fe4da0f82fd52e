/**
 * The builder's raw observations before `build()`. Observations are numbered in the order they
 * were added; each holds only its value (a scale and a safe integer mantissa, in typed arrays grown
 * in chunks). Which board, indicator and month an observation is comes from its run: a run is
 * consecutive observations of one board × indicator, one status, at consecutive months (a row of a
 * board sheet is one run, however it was added). The rare extras are kept aside: values too large
 * for a safe mantissa; sources live in their own table (`sources.ts`).
 */
import type { Scaled } from '../decimal/scaled.js';
import { CHUNK, CHUNK_MASK, SourceTable } from './sources.js';

export { CHUNK_BITS, CHUNK_MASK } from './sources.js';

function grown<T extends Int32Array | Uint8Array>(a: T, cap: number): T {
  const b = new (a.constructor as new (n: number) => T)(cap);
  b.set(a);
  return b;
}

export class RawObservations {
  /** observations there is room for (a whole number of chunks) */
  cap = 0;
  length = 0;
  /** the chunks of scales (-1: a reported blank) and of safe integer mantissas, observation `n` at `n & CHUNK_MASK` of chunk `n >> CHUNK_BITS` */
  readonly scaleChunks: Int16Array[] = [];
  readonly mantChunks: Float64Array[] = [];
  /** the last chunks, where the next observation goes */
  scale = new Int16Array(0);
  mant = new Float64Array(0);
  /** observation number -> value too large for a safe mantissa */
  readonly big = new Map<number, Scaled>();
  readonly sources = new SourceTable();

  runCap = 256;
  runs = 0;
  runBoard = new Int32Array(this.runCap);
  runIndicator = new Int32Array(this.runCap);
  /** the month of the run's first observation */
  runMonth = new Int32Array(this.runCap);
  /** the number of the run's first observation (a run ends where the next one starts; never across chunks) */
  runFirst = new Int32Array(this.runCap);
  /** 1: the run's observations are estimates */
  runEstimated = new Uint8Array(this.runCap);

  /** Room for one more chunk of observations. */
  grow(): void {
    this.scale = new Int16Array(CHUNK);
    this.mant = new Float64Array(CHUNK);
    this.scaleChunks.push(this.scale);
    this.mantChunks.push(this.mant);
    this.cap += CHUNK;
  }

  /**
   * The next observation is board `b`, indicator `i`, month `m`: it continues the last run when
   * that run is the same board, indicator and status at the month before (in the same chunk),
   * else starts a new one.
   */
  runFor(b: number, i: number, m: number, estimated: number): void {
    const r = this.runs - 1;
    const n = this.length;
    if ((n & CHUNK_MASK) !== 0 && r >= 0 && this.runBoard[r] === b && this.runIndicator[r] === i && this.runEstimated[r] === estimated && this.runMonth[r]! + (n - this.runFirst[r]!) === m) return;
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
