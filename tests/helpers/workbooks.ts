/**
 * Small, valid format-1 workbooks built with exceljs, for planting one problem at a known cell.
 *
 * Layout of the board sheets DN and LD (row 1 is the header):
 *
 *        A                      B          C          D        E        F        G
 *   1    code                   indicator  unit       opening  2017-01  2017-02  2017-03
 *   2    fdi_capital_new        ...        triệu USD  5        10       20       30
 *   3    industrial_land_area   ...        ha                  100      100      100
 *   4    leased_land_area       ...        ha                  50       60       70
 *   5    workers_total          ...        người               1000     1010     1020
 *   6    workers_foreign        ...        người               10       11       12
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { MONTHS } from '../../examples/workbook-data.mjs';

export const BOARD_ROWS = [
  ['fdi_capital_new', 'Vốn FDI đăng ký cấp mới', 'triệu USD', 5, [10, 20, 30]],
  ['industrial_land_area', 'Diện tích đất công nghiệp cho thuê được', 'ha', null, [100, 100, 100]],
  ['leased_land_area', 'Diện tích đất công nghiệp đã cho thuê', 'ha', null, [50, 60, 70]],
  ['workers_total', 'Tổng số lao động', 'người', null, [1000, 1010, 1020]],
  ['workers_foreign', 'Lao động nước ngoài', 'người', null, [10, 11, 12]],
] as const;

export interface BaseOptions {
  /** month columns (default 3: 2017-01 .. 2017-03) */
  readonly months?: number;
}

/** The base workbook: Boards (DN, LD), Settings, Targets, and the two board sheets. */
export function baseWorkbook(options: BaseOptions = {}): ExcelJS.Workbook {
  const months = options.months ?? 3;
  const wb = new ExcelJS.Workbook();
  const boards = wb.addWorksheet('Boards');
  boards.addRow(['code', 'name', 'province', 'zone_kind', 'focal_unit']);
  boards.addRow(['DN', 'Ban Quản lý các KCN Đồng Nai', 'Đồng Nai', 'KCN', 'Phòng Kế hoạch Tổng hợp']);
  boards.addRow(['LD', 'Ban Quản lý các KCN tỉnh Lâm Đồng', 'Lâm Đồng', 'KCN', 'Phòng Kế hoạch Tổng hợp']);
  const settings = wb.addWorksheet('Settings');
  settings.addRow(['key', 'value']);
  settings.addRow(['number_format', 'vi']);
  const targets = wb.addWorksheet('Targets');
  targets.addRow(['board', 'indicator', 'year', 'target']);
  targets.addRow(['DN', 'fdi_capital_new', 2017, 100]);
  for (const code of ['DN', 'LD']) {
    const ws = wb.addWorksheet(code);
    const header: (string | number)[] = ['code', 'indicator', 'unit', 'opening'];
    for (let m = 0; m < months; m++) header.push(`${2017 + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`);
    ws.addRow(header);
    for (const [ind, name, unit, opening, values] of BOARD_ROWS) {
      const row: (string | number | null)[] = [ind, name, unit, opening];
      for (let m = 0; m < months; m++) row.push(values[m % 3]!);
      ws.addRow(row);
    }
  }
  return wb;
}

/** Writes the base workbook after `mutate` into `dir/name.xlsx`; returns the path. */
export async function plant(dir: string, name: string, mutate: (wb: ExcelJS.Workbook) => void, options: BaseOptions = {}): Promise<string> {
  const wb = baseWorkbook(options);
  mutate(wb);
  const path = join(dir, `${name}.xlsx`);
  writeFileSync(path, new Uint8Array(await wb.xlsx.writeBuffer()));
  return path;
}

/** A sheet of the workbook, which must exist. */
export function sheet(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const ws = wb.getWorksheet(name);
  if (ws === undefined) throw new Error(`no sheet ${name}`);
  return ws;
}

/** The parts of a package, by name (as fflate gives them). */
export type Parts = Record<string, Uint8Array>;

const utf8 = new TextDecoder();
const encoder = new TextEncoder();

/** A part's text (UTF-8). */
export function partText(parts: Parts, name: string): string {
  const p = parts[name];
  if (p === undefined) throw new Error(`no part ${name}`);
  return utf8.decode(p);
}

/** Replaces a part's text. */
export function setPartText(parts: Parts, name: string, text: string): void {
  parts[name] = encoder.encode(text);
}

/** The worksheet part of the sheet named `name` (through workbook.xml and its relationships). */
export function sheetPart(parts: Parts, name: string): string {
  const wb = partText(parts, 'xl/workbook.xml');
  const m = new RegExp(`<sheet [^>]*name="${name}"[^>]*r:id="([^"]+)"`).exec(wb);
  if (m === null) throw new Error(`no sheet ${name}`);
  const rels = partText(parts, 'xl/_rels/workbook.xml.rels');
  const r = new RegExp(`<Relationship [^>]*Id="${m[1]!}"[^>]*Target="([^"]+)"`).exec(rels) ?? new RegExp(`<Relationship [^>]*Target="([^"]+)"[^>]*Id="${m[1]!}"`).exec(rels);
  if (r === null) throw new Error(`no relationship ${m[1]!}`);
  const target = r[1]!.replace(/^\/?xl\//, '');
  return `xl/${target}`;
}

/** Rewrites the package at `path` through `edit` (a change below what exceljs can express). */
export async function patchPackage(path: string, edit: (parts: Parts) => void): Promise<void> {
  const { unzipSync, zipSync } = await import('fflate');
  const { readFileSync } = await import('node:fs');
  const parts = unzipSync(new Uint8Array(readFileSync(path)));
  edit(parts);
  writeFileSync(path, zipSync(parts));
}

/**
 * A copy of the example workbook (`example`) whose DN December 2018 header (a date cell there) is
 * typed as a marked month, `Tháng 12/2018 (ước)`: figures built on it are estimated. Returns its path.
 */
export async function estimatedExample(example: string, dir: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(example);
  const dn = wb.getWorksheet('DN')!;
  let header = 0;
  dn.eachRow((row) => {
    if (header === 0 && String(row.getCell(1).value).trim() === 'mã') header = row.number;
  });
  dn.getRow(header).getCell(5 + MONTHS.indexOf('2018-12')).value = 'Tháng 12/2018 (ước)';
  const path = join(dir, 'estimated.xlsx');
  await wb.xlsx.writeFile(path);
  return path;
}
