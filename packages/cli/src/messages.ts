/**
 * Every text the `hoptac` command prints itself, in Vietnamese (default) and English. Findings carry
 * their own messages (from the library); these are the command's frame around them.
 */
import type { Lang } from 'hoptac';

export type { Lang };

interface Text {
  readonly vi: string;
  readonly en: string;
}

const TEXTS = {
  'usage-error': { vi: 'hoptac: {detail}', en: 'hoptac: {detail}' },
  'see-help': { vi: 'Xem "hoptac --help".', en: 'See "hoptac --help".' },
  'unknown-command': { vi: 'không có lệnh "{name}".', en: 'there is no command "{name}".' },
  'no-command': { vi: 'thiếu lệnh (check, consolidate, template, diff hoặc program).', en: 'a command is needed (check, consolidate, template, diff or program).' },
  'unknown-option': { vi: 'tùy chọn không hợp lệ: {detail}', en: 'invalid option: {detail}' },
  'no-such-option': { vi: 'không có tùy chọn {option}.', en: 'there is no option {option}.' },
  'option-needs-value': { vi: 'tùy chọn {option} cần một giá trị.', en: 'the option {option} needs a value.' },
  'option-takes-no-value': { vi: 'tùy chọn {option} không nhận giá trị.', en: 'the option {option} takes no value.' },
  'missing-file': { vi: 'thiếu tên tệp .xlsx.', en: 'the .xlsx file name is missing.' },
  'extra-args': { vi: 'thừa tham số: {args}.', en: 'unexpected arguments: {args}.' },
  'missing-option': { vi: 'thiếu tùy chọn {option}.', en: 'the option {option} is required.' },
  'bad-lang': { vi: '--lang phải là vi hoặc en.', en: '--lang must be vi or en.' },
  'bad-period': { vi: '{message}', en: '{message}' },
  'no-complete-month': {
    vi: 'không có tháng nào mà mọi đơn vị đều đã báo cáo: hãy chỉ rõ --period.',
    en: 'no month has been reported by every board: give --period.',
  },
  'out-is-input': { vi: 'tệp kết quả --out không được trùng tệp đầu vào ({path}).', en: 'the --out file must not be the input file ({path}).' },
  'out-exists': { vi: 'tệp {path} đã có; dùng --force để ghi đè.', en: 'the file {path} already exists; use --force to overwrite it.' },
  'bad-boards': {
    vi: '--boards là danh sách mã đơn vị cách nhau bởi dấu phẩy (A-Z, 0-9, _; tối đa 16 ký tự), không trùng nhau: "{value}".',
    en: '--boards is a comma-separated list of board codes (A-Z, 0-9, _; at most 16 characters), without repeats: "{value}".',
  },
  'bad-month': { vi: '{option} phải là một tháng, ví dụ 2017-01 hoặc Tháng 1/2017: "{value}".', en: '{option} must be a month, e.g. 2017-01: "{value}".' },
  'bad-range': { vi: '--from ({from}) phải không sau --to ({to}).', en: '--from ({from}) must not be after --to ({to}).' },
  'range-too-long': { vi: 'khoảng tháng quá dài ({count} tháng; tối đa {max}).', en: 'too many months ({count}; at most {max}).' },
  'not-found': { vi: 'không tìm thấy tệp {path}.', en: 'the file {path} was not found.' },
  'file-refused': { vi: '{path}: {message}', en: '{path}: {message}' },
  'is-directory': { vi: 'không đọc được tệp {path}: đây là một thư mục.', en: 'cannot read the file {path}: it is a directory.' },
  'cannot-read': { vi: 'không đọc được tệp {path}: {reason}', en: 'cannot read the file {path}: {reason}' },
  'cannot-write': { vi: 'không ghi được tệp {path}: {reason}', en: 'cannot write the file {path}: {reason}' },
  internal: {
    vi: 'hoptac: lỗi không mong đợi: {message} (đặt HOPTAC_DEBUG=1 để xem chi tiết)',
    en: 'hoptac: unexpected error: {message} (set HOPTAC_DEBUG=1 for details)',
  },
  // progress
  reading: { vi: 'Đang đọc {path}…', en: 'Reading {path}…' },
  consolidating: { vi: 'Đang tổng hợp {period}…', en: 'Consolidating {period}…' },
  writing: { vi: 'Đang ghi {path}…', en: 'Writing {path}…' },
  // reports
  'check-title': { vi: 'Kiểm tra {path}', en: 'Check of {path}' },
  'rules-counts': {
    vi: 'Quy tắc: {rules} quy tắc, kiểm {evaluated} lượt (đơn vị × tháng), {violated} vi phạm, {skipped} lượt bỏ qua vì thiếu số liệu.',
    en: 'Rules: {rules} rules, {evaluated} board-months checked, {violated} violated, {skipped} skipped for a missing value.',
  },
  'model-counts': {
    vi: '{boards} đơn vị, {indicators} chỉ tiêu, {months} tháng{range}, {values} ô số liệu',
    en: '{boards} boards, {indicators} indicators, {months} months{range}, {values} value cells',
  },
  'result-ok': { vi: 'Kết quả: hợp lệ ({errors} lỗi, {warnings} cảnh báo).', en: 'Result: valid ({errors} error{es}, {warnings} warning{ws}).' },
  'result-errors': { vi: 'Kết quả: có lỗi ({errors} lỗi, {warnings} cảnh báo).', en: 'Result: errors found ({errors} error{es}, {warnings} warning{ws}).' },
  'sheet-group': { vi: 'Trang "{sheet}": {counts}', en: 'Sheet "{sheet}": {counts}' },
  'workbook-group': { vi: 'Toàn sổ: {counts}', en: 'Whole workbook: {counts}' },
  'n-errors': { vi: '{n} lỗi', en: '{n} error{s}' },
  'n-warnings': { vi: '{n} cảnh báo', en: '{n} warning{s}' },
  error: { vi: 'lỗi', en: 'error' },
  warning: { vi: 'cảnh báo', en: 'warning' },
  'no-findings': { vi: 'Không có lỗi hay cảnh báo nào.', en: 'No errors or warnings.' },
  'consolidate-title': { vi: 'Tổng hợp {label} ({period}) từ {path}', en: 'Consolidation for {label} ({period}) from {path}' },
  'not-consolidated': {
    vi: 'Sổ có lỗi nên không tổng hợp. Sửa các lỗi trên rồi chạy lại.',
    en: 'The workbook has errors, so it was not consolidated. Fix the errors above and run again.',
  },
  'findings-summary': { vi: 'Kiểm tra: {errors} lỗi, {warnings} cảnh báo (xem "hoptac check").', en: 'Check: {errors} error{es}, {warnings} warning{ws} (see "hoptac check").' },
  'wrote-out': { vi: 'Đã ghi {path} (thêm trang "{summary}" và "{findings}").', en: 'Wrote {path} (added the sheets "{summary}" and "{findings}").' },
  'wrote-template': {
    vi: 'Đã tạo {path}: {boards} đơn vị, {months} tháng ({from} … {to}), {indicators} chỉ tiêu (trong đó {ratios} tỷ lệ được tính từ chỉ tiêu thành phần, không nhập).',
    en: 'Created {path}: {boards} boards, {months} months ({from} … {to}), {indicators} indicators ({ratios} of them ratios computed from their parts, not entered).',
  },
  'col-board': { vi: 'Đơn vị', en: 'Board' },
  'all-boards': { vi: 'Tổng', en: 'Total' },
  'value-missing': { vi: 'thiếu', en: 'missing' },
  'value-undefined': { vi: 'không xác định', en: 'undefined' },
  'value-no-plan': { vi: '—', en: '—' },
  'legend': {
    vi: '"thiếu": thiếu số liệu một tháng, một đơn vị hoặc kế hoạch của một đơn vị; "không xác định": chia cho 0; "—": không đơn vị nào có kế hoạch năm cho chỉ tiêu (không có kế hoạch, không phải thiếu).',
    en: '"missing": a month, a board, or one board\'s target was not reported; "undefined": division by zero; "—": no board has an annual target for the indicator (no plan, not a gap).',
  },
  'missing-detail': { vi: 'Thiếu: {items}', en: 'Missing: {items}' },
  'and-more': { vi: '… và {n} mục khác', en: '… and {n} more' },
  'm-value': { vi: 'Kỳ này', en: 'Period' },
  'm-ytd': { vi: 'Lũy kế năm', en: 'Year to date' },
  'm-same_period_last_year': { vi: 'Cùng kỳ', en: 'Last year' },
  'm-vs_last_year_pct': { vi: 'So cùng kỳ %', en: 'vs last year %' },
  'm-target': { vi: 'Kế hoạch', en: 'Target' },
  'm-ytd_target_pct': { vi: '% KH năm', en: '% of target' },
  'm-cumulative': { vi: 'Lũy kế', en: 'Cumulative' },
  // diff
  'diff-two-files': { vi: 'cần hai tệp .xlsx: sổ cũ và sổ mới.', en: 'two .xlsx files are needed: the old copy and the new one.' },
  comparing: { vi: 'Đang so sánh {old} với {new}…', en: 'Comparing {old} with {new}…' },
  'diff-title': { vi: 'So sánh {old} (cũ) với {new} (mới)', en: 'Changes from {old} (old) to {new} (new)' },
  'diff-old': { vi: 'Sổ cũ: {boards} đơn vị, {months} tháng{range}, {values} ô số liệu; {errors} lỗi, {warnings} cảnh báo', en: 'Old: {boards} boards, {months} months{range}, {values} value cells; {errors} error{es}, {warnings} warning{ws}' },
  'diff-new': { vi: 'Sổ mới: {boards} đơn vị, {months} tháng{range}, {values} ô số liệu; {errors} lỗi, {warnings} cảnh báo', en: 'New: {boards} boards, {months} months{range}, {values} value cells; {errors} error{es}, {warnings} warning{ws}' },
  'diff-no-changes': { vi: 'Không có số liệu nào thay đổi.', en: 'No figure changed.' },
  'diff-count': { vi: '{n} thay đổi: {parts}. Ô ghi theo sổ mới (sổ cũ với số liệu bị bỏ).', en: '{n} change{s}: {parts}. Cells are in the new copy (the old one for removed values).' },
  'diff-board': { vi: '{board} ({n} thay đổi, thay đổi tương đối lớn nhất trước)', en: '{board} ({n} change{s}, largest relative change first)' },
  'diff-none': { vi: '(trống)', en: '(none)' },
  'kind-revised': { vi: 'sửa', en: 'revised' },
  'kind-added': { vi: 'bổ sung', en: 'added' },
  'kind-removed': { vi: 'bị bỏ', en: 'removed' },
  'kind-finalized': { vi: 'ước → chính thức', en: 'finalized' },
  'kind-target': { vi: 'kế hoạch', en: 'target' },
  'kind-opening': { vi: 'lũy kế đầu kỳ', en: 'opening' },
  'kind-unit': { vi: 'đổi đơn vị tính', en: 'unit' },
  'diff-no-period': { vi: 'Sổ mới chưa có tháng nào mà mọi đơn vị đều đã báo cáo: dùng --period để xem số liệu tổng hợp bị ảnh hưởng.', en: 'No month of the new copy has been reported by every board: give --period to see the consolidated figures affected.' },
  'diff-not-consolidated': { vi: 'Không so sánh số liệu tổng hợp vì có sổ còn lỗi.', en: 'Consolidated figures were not compared: a file has errors.' },
  'diff-affected-none': { vi: 'Số liệu tổng hợp ({periods}): không thay đổi.', en: 'Consolidated figures ({periods}): unchanged.' },
  'diff-affected': { vi: 'Số liệu tổng hợp thay đổi ({periods}): {n}', en: 'Consolidated figures that moved ({periods}): {n}' },
  'diff-has-errors': { vi: 'Có sổ còn lỗi: xem "hoptac check" cho từng tệp.', en: 'A file has errors: see "hoptac check" on each file.' },
  // hoptac program
  'program-missing-file': { vi: 'thiếu tên tệp chương trình .json.', en: 'the program .json file name is missing.' },
  'program-bad-year': { vi: '--year phải là một năm, ví dụ 2017: "{value}".', en: '--year must be a year, e.g. 2017: "{value}".' },
  'program-bad-by': { vi: '--by phải là due hoặc period: "{value}".', en: '--by must be due or period: "{value}".' },
  'program-by-needs-year': { vi: '--by chỉ dùng cùng --year.', en: '--by goes with --year.' },
  'program-not-json': { vi: 'tệp {path} không phải JSON hợp lệ: {reason}', en: 'the file {path} is not valid JSON: {reason}' },
  'program-too-large': { vi: 'tệp {path} quá lớn ({size} byte; tối đa {max}).', en: 'the file {path} is too large ({size} bytes; at most {max}).' },
  'program-not-utf8': { vi: 'tệp {path} không phải văn bản UTF-8.', en: 'the file {path} is not UTF-8 text.' },
  'program-title': { vi: 'Chương trình hợp tác trong {path}: {programs} chương trình, {boards} đơn vị', en: 'Cooperation programs in {path}: {programs} programs, {boards} boards' },
  'program-timeline': { vi: 'Dòng thời gian', en: 'Timeline' },
  'program-calendar-due': { vi: 'Lịch báo cáo năm {year}: các báo cáo đến hạn trong năm ({count} báo cáo)', en: 'Reporting calendar {year}: reports due in the year ({count} reports)' },
  'program-calendar-period': { vi: 'Lịch báo cáo năm {year}: các báo cáo của kỳ kết thúc trong năm ({count} báo cáo)', en: 'Reporting calendar {year}: reports for periods ending in the year ({count} reports)' },
  'program-calendar-line': {
    vi: '{due}  {party}  {period}  {what}  ({program}, {indicators} chỉ tiêu)',
    en: '{due}  {party}  {period}  {what}  ({program}, {indicators} indicators)',
  },
  'program-on-behalf': { vi: 'thay {board}', en: 'for {board}' },
  'program-targets': { vi: 'mục tiêu năm', en: 'annual targets' },
  'program-completeness': { vi: 'Mức độ đầy đủ của sổ {path}', en: 'Completeness of the workbook {path}' },
  'program-completeness-party': {
    vi: '{program}  {party}: {reported}/{expected} báo cáo ({rate} %), thiếu {missing} ô',
    en: '{program}  {party}: {reported}/{expected} reports ({rate} %), missing cells: {missing}',
  },
  'program-completeness-total': { vi: '{program}  Tổng: {reported}/{expected} báo cáo ({rate} %)', en: '{program}  Total: {reported}/{expected} reports ({rate} %)' },
  'program-completeness-without': {
    vi: '{program}  Không tính {n} chỉ tiêu sổ không có ({codes}): {reported}/{expected} báo cáo ({rate} %)',
    en: '{program}  Without the {n} indicator{s} the workbook never carries ({codes}): {reported}/{expected} reports ({rate} %)',
  },
  'program-completeness-indicator': { vi: '{program}  chỉ tiêu {indicator}{targets}: {reported}/{expected} báo cáo ({rate} %)', en: '{program}  indicator {indicator}{targets}: {reported}/{expected} reports ({rate} %)' },
  'program-completeness-indicators-whole': {
    vi: '{program}  {n} chỉ tiêu đầy đủ ({rate} %)',
    en: '{program}  {n} indicator{s} complete ({rate} %)',
  },
  'program-missing-targets': { vi: '{program}  Thiếu mục tiêu năm: {items}', en: '{program}  Missing annual targets: {items}' },
  'program-findings': { vi: 'Kết quả kiểm tra ({errors} lỗi, {warnings} cảnh báo)', en: 'Findings ({errors} error{es}, {warnings} warning{ws})' },
  monthly: { vi: 'hàng tháng', en: 'monthly' },
  quarterly: { vi: 'hàng quý', en: 'quarterly' },
  annual: { vi: 'hàng năm', en: 'annual' },
  cumulative: { vi: 'lũy kế', en: 'cumulative' },
  estimate: { vi: 'ước tính', en: 'estimate' },
  final: { vi: 'chính thức', en: 'final' },
  // hoptac report
  'report-written': { vi: 'Đã ghi báo cáo {path} ({label}, {bytes} byte).', en: 'Wrote the report {path} ({label}, {bytes} bytes).' },
  'report-not-written': {
    vi: 'Sổ có lỗi nên không tổng hợp được và không ghi báo cáo. Sửa các lỗi trên rồi chạy lại.',
    en: 'The workbook has errors, so it was not consolidated and no report was written. Fix the errors above and run again.',
  },
  'no-program-covers': { vi: 'tệp {path} không có chương trình nào có giai đoạn chứa kỳ {period}.', en: 'no program of {path} has a period that contains {period}.' },
  'bad-program-file': { vi: 'tệp chương trình {path} không hợp lệ: {reason}', en: 'the program file {path} is invalid: {reason}' },
  'out-not-docx': { vi: 'tệp --out phải có đuôi .docx: "{path}".', en: 'the --out file must end in .docx: "{path}".' },
} as const satisfies Record<string, Text>;

export type TextKey = keyof typeof TEXTS;

/**
 * The text for `key` in `lang`, with `{name}` placeholders filled. English plurals: `{s}` follows
 * `n`, `{es}` follows `errors` and `{ws}` follows `warnings` ('' for one, 's' otherwise).
 */
export function t(lang: Lang, key: TextKey, params: Readonly<Record<string, string | number>> = {}): string {
  const template: string = TEXTS[key][lang];
  const plural = (x: unknown) => (x === 1 ? '' : 's');
  const all: Record<string, string | number> = { s: plural(params['n']), es: plural(params['errors']), ws: plural(params['warnings']), ...params };
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in all ? String(all[name]) : whole));
}

/** Reads `--lang` (or `--lang=xx`) from raw arguments before full parsing, so even usage errors speak it. */
export function langFromArgv(argv: readonly string[]): Lang {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--') break;
    if (a === '--lang' && argv[i + 1] === 'en') return 'en';
    if (a === '--lang=en') return 'en';
  }
  return 'vi';
}
