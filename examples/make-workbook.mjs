#!/usr/bin/env node
// Writes examples/shared-workbook.xlsx: the shared workbook of the Đồng Nai, Lâm Đồng and Bình Phước
// boards, 2015-01 .. 2018-12, as real files look (title rows, section headings, mixed month headers,
// text numbers, "-" cells, a scaled unit, formulas with cached values, targets, an opening column
// and exactly one missing month). The numbers come from workbook-data.mjs.
//
//   node examples/make-workbook.mjs [OUT.xlsx]
//
// The output is byte for byte reproducible: fixed dates and a deterministic zip.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { unzipSync, zipSync } from 'fflate';
import { BOARDS, INDICATORS, MONTHS, RATIOS, TEXT_NUMBERS, workbookData, viNumberText } from './workbook-data.mjs';

const NAMES_VI = {
  fdi_projects_new: 'Số dự án FDI cấp mới',
  fdi_capital_new: 'Vốn FDI đăng ký cấp mới',
  fdi_capital_added: 'Vốn FDI điều chỉnh tăng',
  ddi_projects_new: 'Số dự án trong nước cấp mới',
  ddi_capital_new: 'Vốn đầu tư trong nước đăng ký cấp mới',
  ddi_capital_added: 'Vốn trong nước điều chỉnh tăng',
  fdi_projects_valid: 'Số dự án FDI còn hiệu lực',
  ddi_projects_valid: 'Số dự án trong nước còn hiệu lực',
  fdi_capital_realized: 'Vốn FDI thực hiện',
  ddi_capital_realized: 'Vốn trong nước thực hiện',
  industrial_land_area: 'Diện tích đất công nghiệp cho thuê được',
  leased_land_area: 'Diện tích đất công nghiệp đã cho thuê',
  occupancy_rate: 'Tỷ lệ lấp đầy',
  revenue_fdi: 'Doanh thu doanh nghiệp FDI',
  revenue_ddi: 'Doanh thu doanh nghiệp trong nước',
  export_value: 'Kim ngạch xuất khẩu',
  import_value: 'Kim ngạch nhập khẩu',
  budget_contribution: 'Nộp ngân sách',
  enterprises_operating: 'Số doanh nghiệp đang hoạt động',
  workers_total: 'Tổng số lao động',
  workers_foreign: 'Lao động nước ngoài',
  workers_out_of_province: 'Lao động ngoại tỉnh',
  wastewater_plants: 'Số KCN có nhà máy xử lý nước thải tập trung',
};

/** How each board's sheet looks: its title rows, header labels and month header style. */
const LAYOUT = {
  DN: {
    titles: ['UBND TỈNH ĐỒNG NAI', 'BAN QUẢN LÝ CÁC KHU CÔNG NGHIỆP', 'BIỂU SỐ LIỆU TRAO ĐỔI THEO CHƯƠNG TRÌNH HỢP TÁC BA BÊN (2015-2018)'],
    header: ['mã', 'chỉ tiêu', 'đơn vị tính', 'lũy kế đầu kỳ'],
    // 2015-2017 typed as text, 2018 as real date cells shown as mm/yyyy
    month: (y, m) => (y === 2018 ? { date: new Date(Date.UTC(y, m - 1, 1)) } : `Tháng ${m}/${y}`),
    note: { fdi_capital_new: 'Số liệu tháng 12/2018 là ước tính', leased_land_area: 'Cộng dồn: tháng trước + diện tích cho thuê mới' },
    occupancyRow: true,
  },
  LD: {
    titles: ['BAN QUẢN LÝ CÁC KHU CÔNG NGHIỆP TỈNH LÂM ĐỒNG', 'Số liệu hằng tháng gửi các Ban đối tác (đơn vị tính ghi theo từng dòng)'],
    header: ['code', 'indicator', 'unit', 'opening'],
    month: (y, m) => `T${m}/${y}`,
  },
  BP: {
    titles: ['BQL KHU KINH TẾ TỈNH BÌNH PHƯỚC - SỐ LIỆU HỢP TÁC', ''],
    header: ['Mã', 'Chỉ tiêu', 'Đơn vị tính', 'Luỹ kế đầu kỳ'],
    month: (y, m) => {
      const mm = String(m).padStart(2, '0');
      if (y === 2015) return `${y}-${mm}`;
      if (y === 2016) return `${mm}/${y}`;
      if (y === 2017) return `Tháng ${m} năm ${y}`;
      return `T${mm}/${y}`;
    },
  },
};

const FIRST_MONTH_COL = 5; // E (1-based)

function colName(n) {
  let s = '';
  for (let c = n; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return s;
}

/**
 * Builds the workbook; returns its bytes (deterministic). `variant`: which data (see VARIANTS in
 * workbook-data.mjs); the example is the default.
 */
export async function makeWorkbook(variant = 'example') {
  const data = workbookData(variant);
  const wb = new ExcelJS.Workbook();
  const fixed = new Date(Date.UTC(2018, 11, 31, 8, 0, 0));
  wb.creator = 'Ban Quản lý các KCN Đồng Nai';
  wb.lastModifiedBy = 'Ban Quản lý các KCN Lâm Đồng';
  wb.created = fixed;
  wb.modified = fixed;

  const boards = wb.addWorksheet('Boards');
  boards.addRow(['mã', 'tên', 'tỉnh', 'loại', 'đầu mối']).font = { bold: true };
  for (const b of BOARDS) boards.addRow([b.code, b.name, b.province, b.zoneKind, b.focalUnit]);
  boards.columns = [{ width: 8 }, { width: 46 }, { width: 14 }, { width: 8 }, { width: 30 }];

  const settings = wb.addWorksheet('Settings');
  settings.addRow(['key', 'value']).font = { bold: true };
  settings.addRow(['number_format', 'vi']);

  const targets = wb.addWorksheet('Targets');
  targets.addRow(['board', 'indicator', 'year', 'target']).font = { bold: true };
  for (const t of data.targets) targets.addRow([t.board, t.indicator, t.year, Number(t.target)]);
  targets.columns = [{ width: 8 }, { width: 24 }, { width: 8 }, { width: 12 }];

  for (const board of BOARDS) {
    const layout = LAYOUT[board.code];
    const ws = wb.addWorksheet(board.code);
    layout.titles.forEach((title, i) => {
      const row = ws.addRow(title === '' ? [] : [title]);
      row.font = { bold: i === 0, size: i === 0 ? 13 : 11 };
      if (title !== '') ws.mergeCells(row.number, 1, row.number, 8);
    });
    const headerValues = [...layout.header];
    for (const month of MONTHS) {
      const h = layout.month(Number(month.slice(0, 4)), Number(month.slice(5)));
      headerValues.push(typeof h === 'string' ? h : h.date);
    }
    const lastMonthCol = FIRST_MONTH_COL + MONTHS.length - 1;
    if (layout.note) headerValues.push('ghi chú');
    const header = ws.addRow(headerValues);
    header.font = { bold: true };
    for (let c = FIRST_MONTH_COL; c <= lastMonthCol; c++) {
      const cell = header.getCell(c);
      if (cell.value instanceof Date) cell.numFmt = 'mm/yyyy';
    }
    let section;
    for (const ind of INDICATORS) {
      if (ind.section !== undefined && ind.section !== section) {
        section = ind.section;
        ws.addRow([null, section]).font = { bold: true };
      }
      const r = data.rows.find((x) => x.board === board.code && x.indicator === ind.code);
      const row = ws.addRow([ind.code, NAMES_VI[ind.code], r.unit]);
      if (r.openingWritten !== null) row.getCell(4).value = Number(r.openingWritten);
      r.cells.forEach((c, i) => {
        const cell = row.getCell(FIRST_MONTH_COL + i);
        switch (c.cell) {
          case 'blank':
            break;
          case 'dash':
            cell.value = '-';
            cell.alignment = { horizontal: 'right' };
            break;
          case 'text':
            cell.value = viNumberText(c.written);
            cell.alignment = { horizontal: 'right' };
            break;
          case 'formula': {
            const prev = r.cells[i - 1];
            const inc = subtract(c.written, prev.written);
            cell.value = { formula: `${colName(FIRST_MONTH_COL + i - 1)}${row.number}+${inc}`, result: Number(c.written) };
            break;
          }
          default:
            cell.value = Number(c.written);
        }
        if (c.cell !== 'dash' && c.cell !== 'text') cell.numFmt = ind.decimals === 0 ? '#,##0' : '#,##0.00';
      });
      const note = layout.note?.[ind.code];
      if (note !== undefined) row.getCell(lastMonthCol + 1).value = note;
      if (layout.occupancyRow && ind.code === 'leased_land_area') {
        // Real files carry the occupancy rate as a formula row; hoptac recomputes it (a warning).
        const ratio = RATIOS[0];
        const orow = ws.addRow([ratio.code, NAMES_VI[ratio.code], '%']);
        const leasable = data.rows.find((x) => x.board === board.code && x.indicator === ratio.denominator);
        r.cells.forEach((c, i) => {
          const col = colName(FIRST_MONTH_COL + i);
          const q = percent(c.written, leasable.cells[i].written, 2);
          orow.getCell(FIRST_MONTH_COL + i).value = { formula: `ROUND(${col}${row.number}/${col}${row.number - 1}*100,2)`, result: Number(q) };
          orow.getCell(FIRST_MONTH_COL + i).numFmt = '0.00';
        });
      }
    }
    ws.columns = [{ width: 24 }, { width: 42 }, { width: 12 }, { width: 14 }, ...MONTHS.map(() => ({ width: 12 })), { width: 36 }];
    ws.views = [{ state: 'frozen', xSplit: 4, ySplit: layout.titles.length + 1 }];
  }

  const notes = wb.addWorksheet('Ghi chú');
  for (const line of [
    'Sổ số liệu dùng chung của Chương trình hợp tác ba bên Đồng Nai - Lâm Đồng - Bình Phước',
    'Sơ kết năm 2017: 26/12/2017 tại Đà Lạt (Ban Quản lý các KCN tỉnh Lâm Đồng chủ trì).',
    'Mỗi Ban nhập số liệu của mình vào trang mang mã đơn vị; ô trống là chưa báo cáo, dấu - là không phát sinh.',
    `Lưu ý: Bình Phước chưa gửi số liệu xuất khẩu tháng 11/2018; Lâm Đồng ghi vốn FDI theo nghìn USD; DN nhập doanh thu DN trong nước quý I/2016 dạng chữ (${TEXT_NUMBERS[0].months.length} ô).`,
  ]) {
    notes.addRow([line]);
  }
  notes.columns = [{ width: 110 }];

  return deterministicZip(new Uint8Array(await wb.xlsx.writeBuffer()));
}

/** Exact a - b of two canonical non-negative decimals (for the running formula's increment). */
function subtract(a, b) {
  const places = Math.max((a.split('.')[1] ?? '').length, (b.split('.')[1] ?? '').length);
  const units = (d) => {
    const [i, f = ''] = d.split('.');
    return BigInt(i + f.padEnd(places, '0'));
  };
  const diff = units(a) - units(b);
  const neg = diff < 0n;
  const s = (neg ? -diff : diff).toString().padStart(places + 1, '0');
  const int = places === 0 ? s : s.slice(0, -places);
  const frac = places === 0 ? '' : s.slice(-places).replace(/0+$/, '');
  return `${neg ? '-' : ''}${int}${frac ? `.${frac}` : ''}`;
}

/** a / b * 100 rounded half away from zero to `decimals` places, exactly (BigInt). */
function percent(a, b, decimals) {
  const places = Math.max((a.split('.')[1] ?? '').length, (b.split('.')[1] ?? '').length);
  const units = (d) => {
    const [i, f = ''] = d.split('.');
    return BigInt(i + f.padEnd(places, '0'));
  };
  const num = units(a) * 100n * 10n ** BigInt(decimals);
  const den = units(b);
  let q = num / den;
  if ((num % den) * 2n >= den) q += 1n;
  const s = q.toString().padStart(decimals + 1, '0');
  return `${s.slice(0, -decimals)}.${s.slice(-decimals)}`;
}

/** Re-packs the zip with fixed timestamps, so the same workbook gives the same bytes. */
function deterministicZip(bytes) {
  const parts = unzipSync(bytes);
  const mtime = new Date(2019, 0, 1, 0, 0, 0); // local time: zip stores local DOS time
  const out = {};
  for (const [name, data] of Object.entries(parts)) out[name] = [data, { level: 6, mtime }];
  return zipSync(out);
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  const target = process.argv[2] ?? fileURLToPath(new URL('./shared-workbook.xlsx', import.meta.url));
  const bytes = await makeWorkbook();
  writeFileSync(target, bytes);
  console.log(`wrote ${target} (${bytes.length} bytes)`);
}
