/**
 * Overlapping programs, found per set of parties with a sweep instead of comparing every pair.
 *
 * Programs are grouped by their exact set of parties; two groups are related when they share at
 * least two parties (a group is related to itself). The number of overlapping pairs is counted
 * exactly without listing them: in sorted month spans, the pairs that do NOT overlap are those where
 * one ends before the other starts, counted by binary search. Only the first `cap` pairs of a sweep
 * by start month are listed. The work is O(n log n) plus the pairs listed, whatever the count.
 */

/** What the sweep needs of a program: its parties and first and last month index. */
export interface Span {
  readonly parties: readonly string[];
  readonly from: number;
  readonly to: number;
}

/** Two programs that share at least two parties and run in a common month. */
export interface OverlapPair {
  /** the program listed later in the file */
  readonly later: number;
  readonly earlier: number;
  /** the parties they share, in the later program's order */
  readonly shared: readonly string[];
  /** first and last common month index */
  readonly from: number;
  readonly to: number;
}

export interface Overlaps {
  /** exact number of overlapping pairs */
  readonly count: number;
  /** at most `cap` pairs, sorted by later then earlier program */
  readonly pairs: readonly OverlapPair[];
  /** pairs of programs the listing looked at (a bound on its work, for tests) */
  readonly examined: number;
}

interface Group {
  readonly parties: ReadonlySet<string>;
  readonly members: number[];
  /** members' last months, sorted */
  ends: number[];
  /** related groups (sharing two parties or more), this one included */
  readonly related: number[];
  /** members started and not yet ended, during the sweep */
  active: number[];
}

/** Number of values in the sorted array `a` below `x`. */
function below(a: readonly number[], x: number): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (a[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function findOverlaps(spans: readonly Span[], cap: number): Overlaps {
  const { groups, groupOf } = groupSpans(spans);
  relateGroups(spans, groups);
  const count = countOverlaps(spans, groups);
  const { pairs, examined } = listOverlaps(spans, groups, groupOf, cap, count);
  return { count, pairs, examined };
}

/** Programs grouped by their set of parties; groupOf[i] is the group of program i. */
function groupSpans(spans: readonly Span[]): { groups: Group[]; groupOf: Int32Array } {
  const groups: Group[] = [];
  const groupOf = new Int32Array(spans.length);
  const byKey = new Map<string, number>();
  spans.forEach((s, i) => {
    const set = new Set(s.parties);
    const key = [...set].sort().join('\u0000');
    let g = byKey.get(key);
    if (g === undefined) {
      g = groups.length;
      byKey.set(key, g);
      groups.push({ parties: set, members: [], ends: [], related: [], active: [] });
    }
    groups[g]!.members.push(i);
    groupOf[i] = g;
  });
  return { groups, groupOf };
}

/** Related groups: count shared parties through an index party -> groups. Also sorts each group's ends. */
function relateGroups(spans: readonly Span[], groups: Group[]): void {
  const withParty = new Map<string, number[]>();
  groups.forEach((g, gi) => {
    for (const p of g.parties) {
      const list = withParty.get(p);
      if (list === undefined) withParty.set(p, [gi]);
      else list.push(gi);
    }
  });
  groups.forEach((g, gi) => {
    const shared = new Map<number, number>();
    for (const p of g.parties) for (const h of withParty.get(p)!) shared.set(h, (shared.get(h) ?? 0) + 1);
    for (const [h, n] of shared) if (n >= 2) g.related.push(h);
    g.related.sort((a, b) => a - b);
    if (g.parties.size < 2) g.related.splice(g.related.indexOf(gi), 1);
    g.ends = g.members.map((i) => spans[i]!.to).sort((a, b) => a - b);
  });
}

/** Exact count: pairs minus the pairs where one ends before the other starts. */
function countOverlaps(spans: readonly Span[], groups: readonly Group[]): number {
  let count = 0;
  groups.forEach((g, gi) => {
    for (const hi of g.related) {
      if (hi < gi) continue;
      const h = groups[hi]!;
      if (hi === gi) {
        const n = g.members.length;
        let apart = 0;
        for (const j of g.members) apart += below(g.ends, spans[j]!.from);
        count += (n * (n - 1)) / 2 - apart;
      } else {
        let apart = 0;
        for (const j of h.members) apart += below(g.ends, spans[j]!.from);
        for (const j of g.members) apart += below(h.ends, spans[j]!.from);
        count += g.members.length * h.members.length - apart;
      }
    }
  });
  return count;
}

/** Listing: a sweep by start month; each program meets the still-active members of related groups. */
function listOverlaps(spans: readonly Span[], groups: Group[], groupOf: Int32Array, cap: number, count: number): { pairs: OverlapPair[]; examined: number } {
  const pairs: OverlapPair[] = [];
  let examined = 0;
  if (cap > 0 && count > 0) {
    const order = spans.map((_, i) => i).sort((a, b) => spans[a]!.from - spans[b]!.from || a - b);
    sweep: for (const j of order) {
      const s = spans[j]!;
      const g = groups[groupOf[j]!]!;
      for (const hi of g.related) {
        const h = groups[hi]!;
        h.active = h.active.filter((k) => spans[k]!.to >= s.from);
        for (const k of h.active) {
          examined++;
          const q = spans[k]!;
          const later = Math.max(j, k);
          const earlier = Math.min(j, k);
          const other = groups[groupOf[later === j ? k : j]!]!;
          const shared = spans[later]!.parties.filter((p) => other.parties.has(p));
          pairs.push({ later, earlier, shared, from: Math.max(s.from, q.from), to: Math.min(s.to, q.to) });
          if (pairs.length >= cap) break sweep;
        }
      }
      g.active.push(j);
    }
  }
  pairs.sort((a, b) => a.later - b.later || a.earlier - b.earlier);
  return { pairs, examined };
}
