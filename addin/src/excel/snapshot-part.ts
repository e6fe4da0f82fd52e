/**
 * The snapshot of the observations read at the last consolidation, kept in the workbook's custom
 * XML parts (never in a sheet, so board sheets stay untouched). The snapshot's JSON is split over
 * parts of at most {@link PART_CHARS} characters (Excel on the web limits a request's payload),
 * each `<snapshot xmlns="urn:hoptac:workbook-snapshot:1" part="k" of="n" hash="…">json</snapshot>`.
 * A set of parts is read back only when it is whole (parts 1 … n, one hash) and its content matches
 * its hash; otherwise there is no usable snapshot, and the next consolidation replaces it.
 */
import { safeLoadWorkbookSnapshot } from 'hoptac/workbook';
import type { WorkbookSnapshot } from 'hoptac/workbook';
import type { ExcelHost, HostCustomXmlPart } from './host.js';

export const SNAPSHOT_NAMESPACE = 'urn:hoptac:workbook-snapshot:1';
/** characters of JSON per part */
export const PART_CHARS = 1_000_000;

const escapeXml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const unescapeXml = (s: string): string =>
  s.replace(/&(lt|gt|quot|apos|amp|#x[0-9a-fA-F]+|#\d+);/g, (_, e: string) =>
    e === 'lt' ? '<' : e === 'gt' ? '>' : e === 'quot' ? '"' : e === 'apos' ? "'" : e === 'amp' ? '&' : String.fromCodePoint(e.startsWith('#x') ? parseInt(e.slice(2), 16) : Number(e.slice(1))),
  );

/** The XML of each part of a snapshot. */
export function snapshotParts(snapshot: WorkbookSnapshot, chars = PART_CHARS): string[] {
  const json = JSON.stringify(snapshot);
  const n = Math.max(1, Math.ceil(json.length / chars));
  const out: string[] = [];
  for (let k = 0; k < n; k++) {
    const chunk = json.slice(k * chars, (k + 1) * chars);
    out.push(`<snapshot xmlns="${SNAPSHOT_NAMESPACE}" part="${k + 1}" of="${n}" hash="${snapshot.hash}">${escapeXml(chunk)}</snapshot>`);
  }
  return out;
}

/** One part's attributes and text, or undefined when it is not one of ours. */
export function parsePart(xml: string): { part: number; of: number; hash: string; text: string } | undefined {
  const m = /<(?:[\w.-]+:)?snapshot\b([^>]*)>([\s\S]*)<\/(?:[\w.-]+:)?snapshot>\s*$/.exec(xml);
  if (m === null) return undefined;
  const attr = (name: string): string | undefined => new RegExp(`\\b${name}\\s*=\\s*(["'])([^"']*)\\1`).exec(m[1]!)?.[2];
  const part = Number(attr('part'));
  const of = Number(attr('of'));
  const hash = attr('hash') ?? '';
  if (!Number.isInteger(part) || !Number.isInteger(of) || part < 1 || part > of) return undefined;
  const body = m[2]!.replace(/^<!\[CDATA\[([\s\S]*)\]\]>$/, (_, c: string) => escapeXml(c));
  return { part, of, hash, text: unescapeXml(body) };
}

/** The snapshot from whole, matching parts: `undefined` when there is none, `unusable` when parts are missing or do not match. */
export function joinParts(xmls: readonly string[]): WorkbookSnapshot | 'unusable' | undefined {
  if (xmls.length === 0) return undefined;
  const parts = xmls.map(parsePart);
  if (parts.some((p) => p === undefined)) return 'unusable';
  const list = parts as { part: number; of: number; hash: string; text: string }[];
  const of = list[0]!.of;
  const hash = list[0]!.hash;
  if (list.length !== of || list.some((p) => p.of !== of || p.hash !== hash)) return 'unusable';
  list.sort((a, b) => a.part - b.part);
  if (list.some((p, k) => p.part !== k + 1)) return 'unusable';
  const r = safeLoadWorkbookSnapshot(list.map((p) => p.text).join(''));
  return r.success && r.data.hash === hash ? r.data : 'unusable';
}

/**
 * Reads the snapshot kept at the last consolidation, if there is a usable one.
 *
 * @example
 * ```ts
 * const previous = await readSnapshot(officeHost()); // undefined the first time
 * ```
 */
export async function readSnapshot(host: ExcelHost): Promise<WorkbookSnapshot | 'unusable' | undefined> {
  return host.run(async (context) => {
    const scoped = context.workbook.customXmlParts.getByNamespace(SNAPSHOT_NAMESPACE);
    scoped.load('items/id');
    await context.sync();
    const results = scoped.items.map((p) => p.getXml());
    await context.sync();
    return joinParts(results.map((r) => r.value));
  });
}

/**
 * Replaces the kept snapshot with `snapshot`: the old parts are deleted, the new ones added one
 * request at a time. Touches no sheet.
 *
 * @example
 * ```ts
 * await writeSnapshot(officeHost(), takeWorkbookSnapshot(model, { takenAt: new Date().toISOString() }));
 * ```
 */
export async function writeSnapshot(host: ExcelHost, snapshot: WorkbookSnapshot, chars = PART_CHARS): Promise<void> {
  const xmls = snapshotParts(snapshot, chars);
  await host.run(async (context) => {
    const scoped = context.workbook.customXmlParts.getByNamespace(SNAPSHOT_NAMESPACE);
    scoped.load('items/id');
    await context.sync();
    const old: readonly HostCustomXmlPart[] = scoped.items;
    for (const p of old) p.delete();
    await context.sync();
    for (const xml of xmls) {
      context.workbook.customXmlParts.add(xml);
      await context.sync();
    }
  });
}
