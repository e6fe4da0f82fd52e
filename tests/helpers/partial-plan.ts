/**
 * The example workbook with one board's target taken out while the others keep theirs: BP's 2017
 * target for new FDI capital goes, DN's and LD's stay. Written with exceljs (not the project's own
 * writer); the 2017 targets are read from the Targets sheet as the expected values.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';

const EXAMPLE = fileURLToPath(new URL('../../examples/shared-workbook.xlsx', import.meta.url));

/** The copy's path and the example's 2017 targets (`board|indicator` -> target as written). */
export interface PartialPlanWorkbook {
  readonly file: string;
  readonly targets: ReadonlyMap<string, string>;
}

/** Writes `one-target-missing.xlsx` into `dir`; throws if the example has no such target row. */
export async function writePartialPlanWorkbook(dir: string): Promise<PartialPlanWorkbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(EXAMPLE);
  const ws = wb.getWorksheet('Targets')!;
  const targets = new Map<string, string>();
  let bpRow = -1;
  ws.eachRow((r, i) => {
    const [board, indicator, year, target] = [1, 2, 3, 4].map((c) => r.getCell(c).value);
    if (i === 1 || year !== 2017) return;
    targets.set(`${String(board)}|${String(indicator)}`, String(target));
    if (board === 'BP' && indicator === 'fdi_capital_new') bpRow = i;
  });
  if (bpRow <= 1) throw new Error("the example workbook has no 2017 target of BP for fdi_capital_new");
  ws.spliceRows(bpRow, 1);
  const file = join(dir, 'one-target-missing.xlsx');
  await wb.xlsx.writeFile(file);
  return { file, targets };
}
