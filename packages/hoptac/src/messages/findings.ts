/**
 * Text of the workbook findings, Vietnamese and English. Keys are message ids: a finding code, or
 * `code.variant` where one code has several causes. Placeholders are filled by `fill`.
 * Every message says what is wrong and what to do.
 */
import type { Message } from './index.js';

export const FINDING_MESSAGES: ReadonlyMap<string, Message> = new Map<string, Message>([
  // ---- the format's table ----
  ['missing-sheet.boards', {
    vi: 'Thiếu trang tính "Boards" (hoặc "Đơn vị"): thêm trang này, mỗi dòng một đơn vị với các cột `code | name | province | zone_kind | focal_unit`.',
    en: 'The "Boards" sheet (or "Đơn vị") is missing: add it, one row per board with columns code | name | province | zone_kind | focal_unit.',
  }],
  ['missing-sheet.board', {
    vi: 'Không có trang tính "{board}" cho đơn vị {board} đã khai báo ở đây: thêm trang tính tên "{board}" hoặc xóa dòng đơn vị này.',
    en: 'Board {board} is listed here but there is no sheet named "{board}": add that sheet or remove the board row.',
  }],
  ['unknown-sheet', {
    vi: 'Trang tính "{sheet}" trông như số liệu của một đơn vị (cột A có tiêu đề "{label}") nhưng không có đơn vị nào mã "{sheet}" trong trang "Boards": thêm đơn vị vào trang "Boards" hoặc đổi tên trang tính cho đúng mã.',
    en: 'Sheet "{sheet}" looks like board data (column A has the header "{label}") but no board in Boards has the code "{sheet}": add the board to Boards or rename the sheet to its code.',
  }],
  ['bad-header.missing', {
    vi: 'Dòng tiêu đề thiếu cột bắt buộc "{column}" (hoặc {aliases}): thêm cột này vào dòng tiêu đề.',
    en: 'The header row lacks the required column "{column}" (or {aliases}): add it to the header row.',
  }],
  ['bad-header.no-header', {
    vi: 'Không tìm thấy dòng tiêu đề: cần một dòng có ô ở cột A ghi "{label}".',
    en: 'No header row found: a row whose column A reads "{label}" is required.',
  }],
  ['bad-header.no-months', {
    vi: 'Dòng tiêu đề không có cột tháng nào (ví dụ 2017-01, T1/2017, Tháng 1/2017): thêm các cột tháng sau cột đơn vị tính.',
    en: 'The header row has no month column (e.g. 2017-01, T1/2017, Tháng 1/2017): add month columns after the unit column.',
  }],
  ['duplicate-board', {
    vi: 'Mã đơn vị "{board}" đã có ở ô {first}: mỗi đơn vị chỉ khai báo một lần; dòng này bị bỏ qua.',
    en: 'Board code "{board}" already appears in {first}: list each board once; this row is ignored.',
  }],
  ['unknown-indicator', {
    vi: 'Mã chỉ tiêu "{indicator}" không có trong danh mục chỉ tiêu: sửa mã cho đúng (ví dụ {suggestion}) hoặc thêm chỉ tiêu vào trang "Indicators".',
    en: 'Indicator code "{indicator}" is not in the catalogue: correct the code (e.g. {suggestion}) or add the indicator to the Indicators sheet.',
  }],
  ['duplicate-indicator.sheet', {
    vi: 'Chỉ tiêu "{indicator}" đã có ở ô {first} trên trang này: mỗi chỉ tiêu chỉ một dòng; dòng này bị bỏ qua.',
    en: 'Indicator "{indicator}" already has a row at {first} on this sheet: keep one row per indicator; this row is ignored.',
  }],
  ['duplicate-indicator.catalogue', {
    vi: 'Mã chỉ tiêu "{indicator}" đã có ở ô {first} trong danh mục: mỗi mã chỉ khai báo một lần; dòng này bị bỏ qua.',
    en: 'Indicator code "{indicator}" is already defined at {first}: define each code once; this row is ignored.',
  }],
  ['bad-period-header', {
    vi: 'Tiêu đề cột "{value}" nằm giữa các cột tháng nhưng không phải là tháng: ghi tháng dạng 2017-01, 01/2017, T1/2017 hoặc Tháng 1/2017, hoặc chuyển cột này ra sau cột tháng cuối cùng.',
    en: 'The column header "{value}" stands among the month columns but is not a month: write the month as 2017-01, 01/2017, T1/2017 or Tháng 1/2017, or move the column after the last month column.',
  }],
  ['duplicate-period', {
    vi: 'Tháng {month} đã có ở cột {first}: mỗi tháng chỉ một cột; cột này bị bỏ qua.',
    en: 'Month {month} already has the column {first}: keep one column per month; this column is ignored.',
  }],
  ['not-a-number', {
    vi: 'Ô chứa "{value}", không phải là số (định dạng số của bảng tính: {format}): nhập số, "-" nếu bằng không, hoặc để trống nếu chưa có số liệu.',
    en: 'The cell holds "{value}", which is not a number (the workbook\'s number format: {format}): enter a number, "-" for zero, or leave it blank when not reported.',
  }],
  ['formula-error', {
    vi: 'Ô có lỗi {value}: sửa công thức hoặc nhập giá trị.',
    en: 'The cell holds the error {value}: fix the formula or enter the value.',
  }],
  ['text-number', {
    vi: 'Số "{value}" được nhập dưới dạng văn bản; đã đọc là {read}. Nên nhập dạng số.',
    en: 'The number "{value}" was typed as text; it was read as {read}. Enter it as a number.',
  }],
  ['unit-converted', {
    vi: 'Đơn vị tính "{unit}" khác đơn vị của danh mục "{expected}": các giá trị của dòng được đổi chính xác (nhân 10^{exponent}).',
    en: 'The unit "{unit}" differs from the catalogue unit "{expected}": the row\'s values were converted exactly (times 10^{exponent}).',
  }],
  ['unit-mismatch.base', {
    vi: 'Đơn vị tính "{unit}" không đổi được sang đơn vị của danh mục "{expected}" (khác loại): nhập số liệu theo {expected}; dòng này không được tổng hợp.',
    en: 'The unit "{unit}" cannot be converted to the catalogue unit "{expected}" (different kind): report the row in {expected}; the row is not consolidated.',
  }],
  ['unit-mismatch.unknown', {
    vi: 'Không hiểu đơn vị tính "{unit}": dùng đơn vị của danh mục "{expected}"; dòng này không được tổng hợp.',
    en: 'The unit "{unit}" is not a unit of format 1: use the catalogue unit "{expected}"; the row is not consolidated.',
  }],
  ['negative-stock', {
    vi: 'Chỉ tiêu thời điểm "{indicator}" có giá trị âm ({value}) ở tháng {month}: số tồn không thể nhỏ hơn 0, kiểm tra lại.',
    en: 'The stock "{indicator}" is negative ({value}) in {month}: a level cannot be below zero; check the value.',
  }],
  ['ratio-parts', {
    vi: 'Tháng {month}: {numerator} ({value}) lớn hơn {denominator} ({other}), nên {ratio} vượt 100%: kiểm tra hai số này.',
    en: 'In {month}, {numerator} ({value}) exceeds {denominator} ({other}), so {ratio} is over 100 %: check both values.',
  }],
  ['precision-loss.text', {
    vi: 'Số "{value}" có {digits} chữ số có nghĩa, nhiều hơn 15 chữ số Excel giữ được: đã đọc đủ từ văn bản, nhưng nếu chuyển thành số Excel sẽ làm tròn.',
    en: 'The number "{value}" has {digits} significant digits, more than the 15 Excel keeps: it was read in full from the text, but Excel would round it as a number.',
  }],
  ['precision-loss.number', {
    vi: 'Số {raw} có {digits} chữ số có nghĩa; Excel chỉ giữ 15 nên đã đọc là {value}. Nếu cần đủ chữ số, nhập dạng văn bản hoặc dùng đơn vị lớn hơn.',
    en: 'The number {raw} has {digits} significant digits; Excel keeps 15, so it was read as {value}. To keep every digit, enter it as text or use a larger unit.',
  }],
  ['missing-value.cell', {
    vi: 'Đơn vị {board} bỏ trống chỉ tiêu "{indicator}" tháng {month}, trong khi đơn vị khác đã báo cáo: nhập số liệu, hoặc "-" nếu bằng không.',
    en: 'Board {board} left "{indicator}" blank for {month}, which other boards reported: enter the value, or "-" for zero.',
  }],
  ['missing-value.column', {
    vi: 'Trang này không có cột tháng {month}, trong khi đơn vị khác đã báo cáo tháng này: thêm cột tháng {month}.',
    en: 'This sheet has no column for {month}, which other boards reported: add a {month} column.',
  }],
  ['missing-value.row', {
    vi: 'Trang này không có dòng chỉ tiêu "{indicator}", trong khi đơn vị khác đã báo cáo: thêm dòng cho chỉ tiêu này.',
    en: 'This sheet has no row for "{indicator}", which other boards reported: add a row for it.',
  }],
  // ---- beyond the table ----
  ['merged-cell', {
    vi: 'Vùng {range} được gộp ô trong vùng số liệu: gộp ô làm lặp giá trị khi đọc; bỏ gộp và nhập mỗi ô một số.',
    en: 'The range {range} is merged inside the data area: merged cells repeat their value when read; unmerge it and give each cell its own value.',
  }],
  ['no-cached-value', {
    vi: 'Công thức ={formula} được lưu mà không có kết quả (tệp chưa được tính lại): mở tệp bằng Excel, tính lại (F9) và lưu.',
    en: 'The formula ={formula} was saved without its result (the file was never recalculated): open it in Excel, recalculate (F9) and save.',
  }],
  ['date-value', {
    vi: 'Ô số liệu được định dạng ngày tháng ("{format}"): có thể Excel đã tự đổi số vừa nhập thành ngày. Đổi định dạng ô thành Số và nhập lại giá trị.',
    en: 'The value cell is formatted as a date ("{format}"): Excel may have turned the number typed into a date. Set the cell format to Number and enter the value again.',
  }],
  ['hidden-row', {
    vi: 'Dòng {row} đang bị ẩn nhưng có số liệu, và số liệu này vẫn được tổng hợp: bỏ ẩn dòng để kiểm tra.',
    en: 'Row {row} is hidden but holds data, which is still consolidated: unhide the row to check it.',
  }],
  ['reserved-sheet-name', {
    vi: 'Tên trang tính "{sheet}" trùng với tên dành riêng của JavaScript: nhiều công cụ xử lý sai tên này; nên đổi tên.',
    en: 'The sheet name "{sheet}" is a reserved JavaScript name that many tools mishandle: rename the sheet.',
  }],
  ['duplicate-sheet', {
    vi: 'Trang tính "{sheet}" trùng tên với trang "{first}" (không phân biệt hoa thường, dấu): trang này bị bỏ qua; đổi tên hoặc xóa một trong hai.',
    en: 'Sheet "{sheet}" has the same name as "{first}" (ignoring case and tone marks): it is ignored; rename or remove one of them.',
  }],
  ['bad-board.code', {
    vi: 'Mã đơn vị "{value}" không hợp lệ: dùng 1-16 ký tự A-Z, 0-9 hoặc _ (chữ in hoa); dòng này bị bỏ qua.',
    en: 'Board code "{value}" is not valid: use 1-16 characters of A-Z, 0-9 or _ (upper case); this row is ignored.',
  }],
  ['bad-board.zone-kind', {
    vi: 'Loại khu "{value}" của đơn vị {board} không hợp lệ: ghi KCN, KKT hoặc KCX.',
    en: 'The zone kind "{value}" of board {board} is not valid: write KCN, KKT or KCX.',
  }],
  ['no-boards', {
    vi: 'Trang "Boards" không khai báo đơn vị nào: thêm mỗi đơn vị một dòng dưới dòng tiêu đề.',
    en: 'The Boards sheet lists no board: add one row per board below the header.',
  }],
  ['bad-target.board', {
    vi: 'Đơn vị "{value}" không có trong trang "Boards": sửa mã đơn vị; dòng kế hoạch này bị bỏ qua.',
    en: 'Board "{value}" is not in the Boards sheet: correct the code; this target row is ignored.',
  }],
  ['bad-target.indicator', {
    vi: 'Chỉ tiêu "{value}" không có trong danh mục: sửa mã chỉ tiêu; dòng kế hoạch này bị bỏ qua.',
    en: 'Indicator "{value}" is not in the catalogue: correct the code; this target row is ignored.',
  }],
  ['bad-target.ratio', {
    vi: 'Chỉ tiêu "{value}" là tỷ lệ, được tính từ các thành phần nên không có kế hoạch riêng: giao kế hoạch cho tử số và mẫu số; dòng này bị bỏ qua.',
    en: 'Indicator "{value}" is a ratio, computed from its parts, so it has no target of its own: set targets for its numerator and denominator; this row is ignored.',
  }],
  ['bad-target.year', {
    vi: 'Năm "{value}" không hợp lệ: ghi năm bốn chữ số, ví dụ 2017; dòng kế hoạch này bị bỏ qua.',
    en: 'The year "{value}" is not valid: write a four-digit year such as 2017; this target row is ignored.',
  }],
  ['bad-target.duplicate', {
    vi: 'Kế hoạch năm {year} của đơn vị {board}, chỉ tiêu "{indicator}" đã có ở dòng {first}: mỗi kế hoạch chỉ một dòng; dòng này bị bỏ qua.',
    en: 'The {year} target of board {board} for "{indicator}" is already on row {first}: keep one row per target; this row is ignored.',
  }],
  ['bad-target.blank', {
    vi: 'Dòng kế hoạch thiếu đơn vị, chỉ tiêu hoặc năm: điền đủ các cột `board | indicator | year | target`.',
    en: 'The target row lacks its board, indicator or year: fill in board | indicator | year | target.',
  }],
  ['bad-setting.number-format', {
    vi: 'Giá trị "{value}" của `number_format` không hợp lệ: ghi vi (1.234.567,5) hoặc en (1,234,567.5). Tạm dùng vi.',
    en: 'The number_format value "{value}" is not valid: write vi (1.234.567,5) or en (1,234,567.5). vi is used meanwhile.',
  }],
  ['bad-setting.builtin-rules', {
    vi: 'Giá trị "{value}" của `builtin_rules` không hợp lệ: ghi `on` (bật) hoặc `off` (tắt). Tạm để bật.',
    en: 'The builtin_rules value "{value}" is not valid: write on or off. The built-in rules stay on meanwhile.',
  }],
  ['bad-setting.duplicate', {
    vi: 'Khóa "{value}" đã có ở dòng {first}: mỗi khóa chỉ một dòng; dòng này bị bỏ qua.',
    en: 'The key "{value}" is already set on row {first}: keep one row per key; this row is ignored.',
  }],
  ['unknown-setting', {
    vi: 'Khóa cài đặt "{value}" không có trong định dạng 1 (chỉ có `number_format` và `builtin_rules`): dòng này bị bỏ qua.',
    en: 'The setting "{value}" is not a key of format 1 (only number_format and builtin_rules): this row is ignored.',
  }],
  ['bad-indicator', {
    vi: 'Chỉ tiêu dòng {row} không hợp lệ ở cột {column}: {detail}. Dòng này bị bỏ qua.',
    en: 'The indicator on row {row} is invalid in column {column}: {detail}. The row is ignored.',
  }],
  ['bad-indicator.code', {
    vi: 'Mã chỉ tiêu "{value}" không hợp lệ: dùng 1-64 ký tự a-z, 0-9 hoặc _ (chữ thường). Dòng này bị bỏ qua.',
    en: 'The indicator code "{value}" is not valid: use 1-64 characters of a-z, 0-9 or _ (lower case). The row is ignored.',
  }],
  ['bad-indicator.name', {
    vi: 'Chỉ tiêu "{indicator}" thiếu tên tiếng Việt (name_vi): ghi tên chỉ tiêu. Dòng này bị bỏ qua.',
    en: 'Indicator "{indicator}" has no Vietnamese name (name_vi): write its name. The row is ignored.',
  }],
  ['bad-indicator.unit', {
    vi: 'Đơn vị tính "{value}" của chỉ tiêu "{indicator}" không có trong định dạng 1 (đồng, nghìn/triệu/tỷ đồng, USD, nghìn/triệu/tỷ USD, m2, ha, người, dự án, doanh nghiệp, KCN, %). Dòng này bị bỏ qua.',
    en: 'The unit "{value}" of indicator "{indicator}" is not a unit of format 1 (đồng, nghìn/triệu/tỷ đồng, USD, nghìn/triệu/tỷ USD, m2, ha, người, dự án, doanh nghiệp, KCN, %). The row is ignored.',
  }],
  ['bad-indicator.kind', {
    vi: 'Loại "{value}" của chỉ tiêu "{indicator}" không hợp lệ: ghi flow (thời kỳ), stock (thời điểm) hoặc ratio (tỷ lệ). Dòng này bị bỏ qua.',
    en: 'The kind "{value}" of indicator "{indicator}" is not valid: write flow, stock or ratio. The row is ignored.',
  }],
  ['bad-indicator.decimals', {
    vi: 'Số chữ số thập phân "{value}" của chỉ tiêu "{indicator}" phải là số nguyên từ 0 đến 12. Dòng này bị bỏ qua.',
    en: 'The decimals "{value}" of indicator "{indicator}" must be a whole number from 0 to 12. The row is ignored.',
  }],
  ['bad-indicator.part-missing', {
    vi: 'Chỉ tiêu tỷ lệ "{indicator}" cần có {partVi}: ghi mã chỉ tiêu ở cột {part}. Dòng này bị bỏ qua.',
    en: 'The ratio "{indicator}" needs a {part}: write an indicator code in the {part} column. The row is ignored.',
  }],
  ['bad-indicator.part-unknown', {
    vi: '{partVi} "{value}" của chỉ tiêu tỷ lệ "{indicator}" không có (hoặc không hợp lệ) trong danh mục. Dòng này bị bỏ qua.',
    en: 'The {part} "{value}" of the ratio "{indicator}" is not a (valid) indicator of the catalogue. The row is ignored.',
  }],
  ['bad-indicator.part-ratio', {
    vi: '{partVi} "{value}" của chỉ tiêu tỷ lệ "{indicator}" cũng là tỷ lệ: tử số và mẫu số phải là chỉ tiêu thời kỳ hoặc thời điểm. Dòng này bị bỏ qua.',
    en: 'The {part} "{value}" of the ratio "{indicator}" is itself a ratio: parts must be flows or stocks. The row is ignored.',
  }],
  ['bad-indicator.part-self', {
    vi: 'Chỉ tiêu tỷ lệ "{indicator}" không thể là {partVi} của chính nó. Dòng này bị bỏ qua.',
    en: 'The ratio "{indicator}" cannot be its own {part}. The row is ignored.',
  }],
  ['bad-indicator.not-ratio', {
    vi: 'Chỉ tiêu "{indicator}" không phải tỷ lệ nên không có tử số, mẫu số: xóa ô này hoặc đổi loại thành ratio. Dòng này bị bỏ qua.',
    en: 'Indicator "{indicator}" is not a ratio, so it has no numerator or denominator: clear the cell or make its kind ratio. The row is ignored.',
  }],
  ['name-mismatch', {
    vi: 'Dòng mã "{indicator}" lại ghi tên "{value}", là tên của chỉ tiêu "{other}": kiểm tra mã và số liệu của dòng này (số liệu được đọc theo mã).',
    en: 'The row coded "{indicator}" is named "{value}", the name of indicator "{other}": check the code and the values of this row (values are read by the code).',
  }],
  ['boolean-value', {
    vi: 'Ô chứa giá trị đúng/sai ({value}), không phải số: nhập số, "-" nếu bằng không, hoặc để trống.',
    en: 'The cell holds a true/false value ({value}), not a number: enter a number, "-" for zero, or leave it blank.',
  }],
  ['blank-unit', {
    vi: 'Ô đơn vị tính để trống: đã coi là đơn vị của danh mục "{expected}". Ghi rõ đơn vị để tránh nhầm lẫn.',
    en: 'The unit cell is blank: the catalogue unit "{expected}" was assumed. Write the unit to avoid mistakes.',
  }],
  ['ratio-reported', {
    vi: 'Chỉ tiêu "{indicator}" là tỷ lệ, luôn được tính lại từ {numerator} và {denominator}: số liệu của dòng này được kiểm tra nhưng không dùng khi tổng hợp.',
    en: 'Indicator "{indicator}" is a ratio, always recomputed from {numerator} and {denominator}: this row\'s values are checked but not used in consolidation.',
  }],
  ['opening-not-flow', {
    vi: 'Chỉ tiêu "{indicator}" là {kind}, không có lũy kế đầu kỳ (lũy kế của chỉ tiêu thời điểm là giá trị cuối kỳ): giá trị {value} không được dùng; xóa ô này.',
    en: 'Indicator "{indicator}" is a {kind}, which has no opening total (a stock\'s cumulative is its end-of-period value): {value} is not used; clear the cell.',
  }],
  ['row-without-code', {
    vi: 'Dòng {row} có số liệu nhưng ô mã chỉ tiêu (cột A) trống, nên bị bỏ qua như một dòng tiêu đề mục: ghi mã chỉ tiêu nếu đây là số liệu cần tổng hợp.',
    en: 'Row {row} holds values but its indicator code (column A) is blank, so it is skipped like a section heading: enter the indicator code if these values are to be consolidated.',
  }],
  ['period-outside-data', {
    vi: 'Kỳ {period} cần các tháng {months} nhưng không trang số liệu nào có cột cho các tháng này: kết quả liên quan sẽ bị thiếu.',
    en: 'The period {period} needs the months {months}, which no board sheet has a column for: figures that need them are missing.',
  }],
  ['findings-capped', {
    vi: 'Danh sách chỉ liệt kê {cap} trường hợp đầu của mỗi mã; số lượng đầy đủ: {counts}.',
    en: 'Only the first {cap} findings of each code are listed; exact counts: {counts}.',
  }],
  ['duplicate-cell', {
    vi: 'Ô {cell} xuất hiện hai lần trong tệp (Excel không bao giờ ghi như vậy), với các giá trị {values}: không dùng giá trị nào, số liệu này coi như thiếu. Mở tệp bằng Excel, kiểm tra ô, nhập lại số đúng và lưu lại.',
    en: 'Cell {cell} appears twice in the file (Excel never writes that), with the values {values}: neither is used, so the figure is missing. Open the file in Excel, check the cell, enter the right value and save it again.',
  }],
  ['sheet-without-part', {
    vi: 'Sổ tính liệt kê trang "{sheet}" nhưng không chỉ tới nội dung của trang (thiếu r:id): đã đọc như một trang trống, như Excel hiển thị. Nếu trang này phải có số liệu, hãy chép lại số liệu vào trang và lưu bằng Excel.',
    en: 'The workbook lists the sheet "{sheet}" without pointing to its content (no r:id): it was read as an empty sheet, as Excel shows it. If the sheet should hold figures, copy them in again and save the file in Excel.',
  }],
  ['text-too-long', {
    vi: 'Ô này có {length} ký tự, nhiều hơn 32.767 ký tự một ô Excel chứa được: Excel sẽ cắt bớt. Khi hoptac nhắc lại văn bản này trong ô nó ghi, văn bản bị cắt và kết thúc bằng "…". Hãy rút ngắn nội dung ô.',
    en: 'This cell holds {length} characters, more than the 32,767 an Excel cell can: Excel would cut it. Where hoptac repeats this text in a cell it writes, it is cut and ends with "…". Shorten the cell.',
  }],
  // ---- rules and outliers ----
  ['rule-violated', {
    vi: 'Quy tắc {rule} không thỏa ở đơn vị {board}, tháng {month}: {leftText} = {leftValue} và {rightText} = {rightValue}, trong khi phải có {leftText} {operator} {rightText}. Kiểm tra các số liệu này.',
    en: 'Rule {rule} fails for board {board} in {month}: {leftText} = {leftValue} and {rightText} = {rightValue}, but {leftText} {operator} {rightText} must hold. Check these values.',
  }],
  ['rule-violated.custom', {
    vi: '{customVi} (quy tắc {rule}, đơn vị {board}, tháng {month}: {leftText} = {leftValue}; {rightText} = {rightValue}; cần {leftText} {operator} {rightText})',
    en: '{customEn} (rule {rule}, board {board}, {month}: {leftText} = {leftValue}; {rightText} = {rightValue}; {leftText} {operator} {rightText} must hold)',
  }],
  ['bad-rule', {
    vi: 'Quy tắc "{rule}" không dùng được: {problemVi}. Sửa ô này; quy tắc bị bỏ qua, các kiểm tra khác vẫn chạy.',
    en: 'Rule "{rule}" cannot be used: {problemEn}. Fix this cell; the rule is skipped, every other check still runs.',
  }],
  ['bad-rule.duplicate', {
    vi: 'Mã quy tắc "{rule}" đã có ở ô {first}: mỗi quy tắc một mã; dòng này bị bỏ qua.',
    en: 'The rule code "{rule}" is already used at {first}: give each rule its own code; this row is ignored.',
  }],
  ['outlier.flow', {
    vi: '{indicator} tháng {month} là {value} {unit}, khác xa mức thường thấy của đơn vị này trong 24 tháng trước ({low} đến {high}, trung vị {median}): kiểm tra lại số liệu.',
    en: '{indicator} for {month} is {value} {unitEn}, far from this board\'s usual range over the 24 months before ({low} to {high}, median {median}): check the value.',
  }],
  ['outlier.stock', {
    vi: '{indicator} tháng {month} là {value} {unit}, thay đổi {change} so với tháng trước, khác xa mức thay đổi thường thấy của đơn vị này (mức thường thấy tháng này: {low} đến {high}): kiểm tra lại số liệu.',
    en: '{indicator} for {month} is {value} {unitEn}, a change of {change} from the month before, far from this board\'s usual changes (usual level this month: {low} to {high}): check the value.',
  }],
  ['unit-slip.unit', {
    vi: '{indicator} tháng {month} là {value} {unit}, gần bằng {factor} lần mức thường thấy ({median} {unit}): có vẻ số được nhập theo đơn vị {typed} trong dòng ghi {rowUnit}. Nếu đọc theo {typed}, số này là bình thường: sửa số liệu hoặc đơn vị tính.',
    en: '{indicator} for {month} is {value} {unitEn}, about {factor} times the usual ({median} {unitEn}): it looks like a figure in {typedEn} typed into a row in {rowUnitEn}. Read in {typedEn} it would be ordinary: fix the value or the unit.',
  }],
  ['unit-slip.factor', {
    vi: '{indicator} tháng {month} là {value} {unit}, gần bằng {factor} lần mức thường thấy ({median} {unit}): có vẻ số được nhập nhầm đơn vị (thừa hoặc thiếu ba hoặc sáu chữ số 0). Kiểm tra lại số liệu.',
    en: '{indicator} for {month} is {value} {unitEn}, about {factor} times the usual ({median} {unitEn}): it looks like thousands or millions typed in the wrong unit (three or six zeros too many or too few). Check the value.',
  }],
]);
