import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { consolidate, createObservations, isHoptacError } from '../index.js';
import { canonicalJson } from './internal/canonical-json.js';
import { diffSnapshots, loadSnapshot, safeLoadSnapshot, sha256, takeSnapshot } from './snapshot.js';

function figures(dec = '1490', estimated = false) {
  return createObservations()
    .add({ board: 'DN', indicator: 'export_value', month: '2017-11', value: '1520.5' })
    .add({ board: 'DN', indicator: 'export_value', month: '2017-12', value: dec, ...(estimated ? { status: 'estimated' as const } : {}) })
    .add({ board: 'LD', indicator: 'export_value', month: '2017-11', value: '12.25' })
    .add({ board: 'LD', indicator: 'export_value', month: '2017-12', value: '13' })
    .add({ board: 'LD', indicator: 'workers_total', month: '2017-12', value: '12500' })
    .build();
}
const at = (set = figures()) => consolidate(set, { period: '2017-11/2017-12', indicators: ['export_value', 'workers_total'], measures: ['value', 'cumulative'] });

describe('sha256', () => {
  it('matches the FIPS 180-4 vectors', () => {
    expect(sha256('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(sha256('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')).toBe('248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1');
    expect(sha256('a'.repeat(1_000_000))).toBe('cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0');
  });

  it('matches node:crypto on any bytes (property)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        expect(sha256(bytes)).toBe(createHash('sha256').update(bytes).digest('hex'));
      }),
    );
  });
});

describe('canonicalJson', () => {
  it('sorts keys, drops undefined, refuses floats', () => {
    expect(canonicalJson({ b: 1, a: [true, null, 'Đà Lạt'], c: undefined })).toBe('{"a":[true,null,"Đà Lạt"],"b":1}');
    expect(() => canonicalJson({ x: 0.1 })).toThrow();
  });

  it('does not depend on key order (property)', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.oneof(fc.string(), fc.integer(), fc.boolean())), (o) => {
        const reversed = Object.fromEntries(Object.entries(o).reverse());
        expect(canonicalJson(reversed)).toBe(canonicalJson(o));
        expect(JSON.parse(canonicalJson(o))).toEqual(o);
      }),
    );
  });
});

describe('snapshots', () => {
  it('has a stable, pinned content hash that ignores when and why it was taken', () => {
    const a = takeSnapshot(at(), { takenAt: '2017-12-26', inputs: { review: 'interim 2017-12-26', program: 'DN-LD-BP-2016' } });
    const b = takeSnapshot(at(), { takenAt: '2018-03-01T08:00:00+07:00' });
    expect(a.hash).toBe(b.hash);
    expect(a.hash).toBe('946af71e1b2699bd1c521dcca51fdafe947d4106e702a3f8d4c0e4e60e281323');
    expect(a.rows.find((r) => r.board === 'ALL' && r.measure === 'value' && r.indicator === 'export_value')?.value).toBe('3035.75');
  });

  it('diff of identical inputs is empty', () => {
    const d = diffSnapshots(takeSnapshot(at(), { takenAt: '2017-12-26' }), takeSnapshot(at(), { takenAt: '2018-01-31' }));
    expect(d).toMatchObject({ same: true, added: [], removed: [], revised: [] });
  });

  it('tells the figures shown at the interim review from later revisions', () => {
    const review = takeSnapshot(at(figures('1400', true)), { takenAt: '2017-12-26' });
    const final = takeSnapshot(at(figures('1490')), { takenAt: '2018-01-31' });
    const d = diffSnapshots(review, final);
    expect(d.same).toBe(false);
    expect(d.revised.map((r) => `${r.board} ${r.measure} ${String(r.before.value)} -> ${String(r.after.value)} (${r.change ?? ''}) ${String(r.before.estimated === true)}`)).toEqual([
      'DN value 2920.5 -> 3010.5 (90) true',
      'DN cumulative 2920.5 -> 3010.5 (90) true',
      'ALL value 2945.75 -> 3035.75 (90) true',
      'ALL cumulative 2945.75 -> 3035.75 (90) true',
    ]);
    const fewer = takeSnapshot(consolidate(figures(), { period: '2017-11/2017-12', indicators: ['export_value'], measures: ['value'] }), { takenAt: '2018-01-31' });
    const d2 = diffSnapshots(final, fewer);
    expect(d2.removed.map((r) => `${r.indicator} ${r.board} ${r.measure}`)).toContain('workers_total LD value');
    expect(diffSnapshots(fewer, final).added).toHaveLength(d2.removed.length);
  });

  it('round-trips through JSON and refuses tampering', () => {
    const s = takeSnapshot(at(), { takenAt: '2017-12-26', inputs: { files: [{ name: 'hoptac-2017.xlsx', sha256: sha256('workbook bytes') }] } });
    const back = loadSnapshot(JSON.stringify(s));
    expect(back).toEqual(s);
    const tampered = JSON.parse(JSON.stringify(s)) as { rows: { value: string | null }[] };
    tampered.rows[0]!.value = '1';
    const r = safeLoadSnapshot(tampered);
    expect(r.success).toBe(false);
    if (!r.success) expect(r.error.code).toBe('invalid-snapshot');
    expect(safeLoadSnapshot({ ...s, rows: [{ ...s.rows[0], value: 1.5 }] }).success).toBe(false);
    const e = (() => {
      try {
        takeSnapshot(at(), { takenAt: '26/12/2017' });
      } catch (x) {
        return x;
      }
      return undefined;
    })();
    expect(isHoptacError(e) && e.code).toBe('invalid-snapshot');
  });
});
