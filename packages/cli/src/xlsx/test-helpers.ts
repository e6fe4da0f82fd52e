/**
 * Helpers for the .xlsx tests: build packages from XML strings with fflate, so each test controls
 * exactly the bytes the reader sees. Not part of the public API.
 */
import { zipSync, strToU8 } from 'fflate';

const CT_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">';
const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const RNS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** Options of {@link makeXlsx}. */
export interface MakeXlsxOptions {
  /** sheet name → sheetData inner XML (or a whole worksheet XML when it starts with `<?xml` or `<worksheet`) */
  readonly sheets: ReadonlyArray<{ readonly name: string; readonly xml: string; readonly state?: string }>;
  readonly sharedStrings?: readonly string[] | string;
  /** inner XML of `<styleSheet>` */
  readonly styles?: string;
  readonly date1904?: boolean;
  /** extra files */
  readonly extra?: Readonly<Record<string, string | Uint8Array>>;
  /** replaces the main content type */
  readonly mainContentType?: string;
}

/** An .xlsx package from XML fragments. */
export function makeXlsx(o: MakeXlsxOptions): Uint8Array {
  const files: Record<string, Uint8Array> = {};
  const overrides: string[] = [
    `<Override PartName="/xl/workbook.xml" ContentType="${o.mainContentType ?? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml'}"/>`,
  ];
  const rels: string[] = [];
  const sheetEls: string[] = [];
  o.sheets.forEach((s, i) => {
    const n = i + 1;
    const whole = s.xml.startsWith('<?xml') || s.xml.startsWith('<worksheet');
    files[`xl/worksheets/sheet${n}.xml`] = strToU8(whole ? s.xml : `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${NS}" xmlns:r="${RNS}"><sheetData>${s.xml}</sheetData></worksheet>`);
    overrides.push(`<Override PartName="/xl/worksheets/sheet${n}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`);
    rels.push(`<Relationship Id="rId${n}" Type="${RNS}/worksheet" Target="worksheets/sheet${n}.xml"/>`);
    sheetEls.push(`<sheet name="${s.name}" sheetId="${n}"${s.state !== undefined ? ` state="${s.state}"` : ''} r:id="rId${n}"/>`);
  });
  if (o.sharedStrings !== undefined) {
    const sst = typeof o.sharedStrings === 'string' ? o.sharedStrings : `<sst xmlns="${NS}" count="${o.sharedStrings.length}" uniqueCount="${o.sharedStrings.length}">${o.sharedStrings.map((s) => `<si>${s}</si>`).join('')}</sst>`;
    files['xl/sharedStrings.xml'] = strToU8(sst);
    overrides.push('<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>');
    rels.push(`<Relationship Id="rIdS" Type="${RNS}/sharedStrings" Target="sharedStrings.xml"/>`);
  }
  if (o.styles !== undefined) {
    files['xl/styles.xml'] = strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="${NS}">${o.styles}</styleSheet>`);
    overrides.push('<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>');
    rels.push(`<Relationship Id="rIdT" Type="${RNS}/styles" Target="styles.xml"/>`);
  }
  files['xl/workbook.xml'] = strToU8(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="${NS}" xmlns:r="${RNS}">${o.date1904 === true ? '<workbookPr date1904="1"/>' : ''}<sheets>${sheetEls.join('')}</sheets></workbook>`,
  );
  files['xl/_rels/workbook.xml.rels'] = strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join('')}</Relationships>`);
  files['_rels/.rels'] = strToU8(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${RNS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  );
  for (const [k, v] of Object.entries(o.extra ?? {})) files[k] = typeof v === 'string' ? strToU8(v) : v;
  files['[Content_Types].xml'] = strToU8(
    `${CT_HEAD}<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>${overrides.join('')}</Types>`,
  );
  const ordered: Record<string, Uint8Array> = { '[Content_Types].xml': files['[Content_Types].xml'] };
  for (const [k, v] of Object.entries(files)) if (k !== '[Content_Types].xml') ordered[k] = v;
  return zipSync(ordered, { level: 6 });
}
