/** The help text of `hoptac` and of each command, with examples, in Vietnamese and English. */
import type { Lang } from './messages.js';

export type CommandName = 'check' | 'consolidate' | 'explain' | 'template' | 'program' | 'diff' | 'report';

const MAIN: Record<Lang, string> = {
  vi: `hoptac: kiểm tra và tổng hợp sổ số liệu dùng chung của các Ban quản lý KCN/KKT (định dạng 1).

Cách dùng:
  hoptac check FILE.xlsx [--json] [--lang vi|en]
  hoptac consolidate FILE.xlsx [--period KỲ] [--json] [--out KẾT_QUẢ.xlsx [--force]] [--lang vi|en]
  hoptac explain FILE.xlsx --period KỲ --indicator MÃ [--board MÃ] [--measure SỐ_ĐO] [--json] [--lang vi|en]
  hoptac template --boards DN,LD,BP --from 2017-01 --to 2018-12 --out FILE.xlsx [--force] [--lang vi|en]
  hoptac program FILE.json [--year NĂM [--by due|period]] [--workbook FILE.xlsx] [--json] [--lang vi|en]
  hoptac diff SỔ_CŨ.xlsx SỔ_MỚI.xlsx [--json] [--period KỲ] [--lang vi|en]
  hoptac report FILE.xlsx --period KỲ --out BAO-CAO.docx [--program CT.json] [--by MÃ] [--force] [--lang vi|en]
  hoptac --help | --version

Ví dụ:
  hoptac check so-lieu.xlsx
  hoptac check so-lieu.xlsx --json
  hoptac consolidate so-lieu.xlsx --period "Quý IV/2017"
  hoptac consolidate so-lieu.xlsx --period 2018 --json
  hoptac consolidate so-lieu.xlsx --period 2018-H1 --out tong-hop.xlsx
  hoptac explain so-lieu.xlsx --period "Quý IV/2017" --indicator export_value
  hoptac template --boards DN,LD,BP --from 2017-01 --to 2018-12 --out mau.xlsx
  hoptac report so-lieu.xlsx --period 2017 --program chuong-trinh.json --out bao-cao-2017.docx

Kỳ báo cáo: 2017-12, 2017-Q4, 2017-H1, 2017, hoặc Tháng 12/2017, Quý IV/2017, 6 tháng đầu năm 2017, Năm 2017.
--period không bắt buộc: mặc định là tháng gần nhất mà mọi đơn vị đã báo cáo.
Mã thoát: 0 không có lỗi (có thể có cảnh báo), 1 sổ có lỗi, 2 không đọc được tệp hoặc dùng sai lệnh.
Biến môi trường: HOPTAC_DEBUG=1 in chi tiết lỗi không mong đợi; HOPTAC_TIMEOUT_MS giới hạn thời gian đọc
và xử lý một sổ (mặc định 120000).
`,
  en: `hoptac: check and consolidate the shared workbook of Vietnamese industrial-zone boards (format 1).

Usage:
  hoptac check FILE.xlsx [--json] [--lang vi|en]
  hoptac consolidate FILE.xlsx [--period PERIOD] [--json] [--out RESULT.xlsx [--force]] [--lang vi|en]
  hoptac explain FILE.xlsx --period PERIOD --indicator CODE [--board CODE] [--measure MEASURE] [--json] [--lang vi|en]
  hoptac template --boards DN,LD,BP --from 2017-01 --to 2018-12 --out FILE.xlsx [--force] [--lang vi|en]
  hoptac program FILE.json [--year YEAR [--by due|period]] [--workbook FILE.xlsx] [--json] [--lang vi|en]
  hoptac diff OLD.xlsx NEW.xlsx [--json] [--period PERIOD] [--lang vi|en]
  hoptac report FILE.xlsx --period PERIOD --out REPORT.docx [--program PROGRAM.json] [--by CODE] [--force] [--lang vi|en]
  hoptac --help | --version

Examples:
  hoptac check data.xlsx --lang en
  hoptac check data.xlsx --json
  hoptac consolidate data.xlsx --period 2017-Q4
  hoptac consolidate data.xlsx --period 2018 --json
  hoptac consolidate data.xlsx --period 2018-H1 --out summary.xlsx
  hoptac explain data.xlsx --period 2017-Q4 --indicator export_value --lang en
  hoptac template --boards DN,LD,BP --from 2017-01 --to 2018-12 --out template.xlsx
  hoptac report data.xlsx --period 2017 --program programs.json --out report-2017.docx --lang en

Periods: 2017-12, 2017-Q4, 2017-H1, 2017, or Tháng 12/2017, Quý IV/2017, 6 tháng đầu năm 2017, Năm 2017.
--period is optional: by default, the latest month every board has reported.
Exit codes: 0 no errors (warnings allowed), 1 the workbook has errors, 2 unreadable file or wrong usage.
Environment: HOPTAC_DEBUG=1 prints details of unexpected failures; HOPTAC_TIMEOUT_MS bounds the time to
read and process one workbook (default 120000).
`,
};

const COMMANDS: Record<CommandName, Record<Lang, string>> = {
  report: {
    vi: `hoptac report FILE.xlsx --period KỲ --out BAO-CAO.docx [--program CT.json] [--by MÃ] [--force] [--lang vi|en]

Viết dự thảo báo cáo kết quả thực hiện chương trình hợp tác của kỳ (.docx, thể thức Nghị định
30/2020/NĐ-CP): I. kết quả theo nhóm chỉ tiêu (lời văn, bảng, biểu đồ), II. hoạt động hợp tác,
III. tồn tại, hạn chế; mục IV, nơi nhận và chữ ký để trống "[điền nội dung]". Mọi con số lấy từ
kết quả tổng hợp; sổ có lỗi thì không viết báo cáo (mã thoát 1).
  --period KỲ     2017, Quý IV/2017, 2017-H1...
  --out FILE      tệp .docx (không ghi đè tệp đã có, trừ khi có --force)
  --program FILE  tệp chương trình (JSON): tên chương trình, hội nghị, hoạt động hợp tác
  --by MÃ         đơn vị ban hành (mặc định: đơn vị chủ trì hội nghị trong kỳ)

Ví dụ:
  hoptac report so-lieu.xlsx --period 2017 --program chuong-trinh.json --out bao-cao-2017.docx
`,
    en: `hoptac report FILE.xlsx --period PERIOD --out REPORT.docx [--program PROGRAM.json] [--by CODE] [--force] [--lang vi|en]

Writes the draft review report of the cooperation program for a period (.docx, in the form of
Decree 30/2020/NĐ-CP): I. results by indicator group (sentences, tables, charts), II. cooperation
activities, III. shortcomings; part IV, recipients and signature are left "[to be filled in]".
Every number comes from the consolidation; a workbook with errors gets no report (exit 1).
  --period P      2017, 2017-Q4, Quý IV/2017, 2017-H1...
  --out FILE      the .docx file (an existing file is not overwritten unless --force)
  --program FILE  a program file (JSON): the program's title, reviews and cooperation activities
  --by CODE       the issuing board (default: the host of the period's review)

Examples:
  hoptac report data.xlsx --period 2017 --program programs.json --out report-2017.docx --lang en
`,
  },
  check: {
    vi: `hoptac check FILE.xlsx [--json] [--lang vi|en]

Kiểm tra sổ theo định dạng 1 và liệt kê mọi lỗi và cảnh báo, nhóm theo trang.
  --json        in {"ok": true|false, "findings": [{"severity","code","sheet","cell","message"}]}
                (sheet, cell là null khi không có; message theo --lang)
  --lang vi|en  ngôn ngữ thông báo (mặc định vi)

Ví dụ:
  hoptac check so-lieu.xlsx
  hoptac check so-lieu.xlsx --json --lang en

Mã thoát: 0 không có lỗi (có thể có cảnh báo), 1 có lỗi, 2 không đọc được tệp hoặc dùng sai lệnh.
`,
    en: `hoptac check FILE.xlsx [--json] [--lang vi|en]

Checks the workbook against format 1 and lists every error and warning, grouped by sheet.
  --json        print {"ok": true|false, "findings": [{"severity","code","sheet","cell","message"}]}
                (sheet and cell are null when absent; message in --lang)
  --lang vi|en  language of messages (default vi)

Examples:
  hoptac check data.xlsx --lang en
  hoptac check data.xlsx --json --lang en

Exit codes: 0 no errors (warnings allowed), 1 errors, 2 unreadable file or wrong usage.
`,
  },
  explain: {
    vi: `hoptac explain FILE.xlsx --period KỲ --indicator MÃ [--board MÃ] [--measure SỐ_ĐO] [--json] [--lang vi|en]

Giải thích một số liệu tổng hợp: cách tính (cộng các tháng, lấy tháng cuối, tỷ lệ tính lại từ tử số
và mẫu số), từng số liệu đầu vào với đơn vị, tháng, giá trị và ô nguồn (trang!A1), và những gì còn
thiếu. Sổ có lỗi thì không tổng hợp nên không giải thích (mã thoát 1).
  --period KỲ      bắt buộc: 2017-12, 2017-Q4, 2017-H1, 2017, Quý IV/2017, Năm 2018...
  --indicator MÃ   bắt buộc: mã chỉ tiêu (export_value) hoặc tên ("Kim ngạch xuất khẩu")
  --board MÃ       mã hoặc tên đơn vị; mặc định ALL (toàn bộ các đơn vị)
  --measure SỐ_ĐO  value (mặc định), ytd, same_period_last_year, vs_last_year_pct, target,
                   ytd_target_pct, cumulative
  --json           in {"period", "figure": {"value","unit","status","rule","text","inputs": [{"board",
                   "month","value","sheet","cell",...}],"missing","rounding","parts"}, "findings", "counts"}
  --lang vi|en     ngôn ngữ (mặc định vi)

Ví dụ:
  hoptac explain so-lieu.xlsx --period "Quý IV/2017" --indicator export_value
  hoptac explain so-lieu.xlsx --period 2017-12 --indicator occupancy_rate --board DN
  hoptac explain so-lieu.xlsx --period 2017 --indicator fdi_capital_new --measure ytd_target_pct --json

Mã thoát: 0 không có lỗi, 1 sổ có lỗi, 2 không đọc được tệp, dùng sai lệnh, hoặc không có chỉ tiêu,
đơn vị hay số đo đã nêu.
`,
    en: `hoptac explain FILE.xlsx --period PERIOD --indicator CODE [--board CODE] [--measure MEASURE] [--json] [--lang vi|en]

Explains one consolidated figure: the rule applied (sum of months, last month, ratio of summed
parts), every input with its board, month, value and source cell (sheet!A1), and what is missing.
A workbook with errors is not consolidated, so nothing is explained (exit 1).
  --period P        required: 2017-12, 2017-Q4, 2017-H1, 2017, Quý IV/2017, Năm 2018...
  --indicator CODE  required: an indicator code (export_value) or name ("exports")
  --board CODE      a board code or name; default ALL (all boards together)
  --measure M       value (default), ytd, same_period_last_year, vs_last_year_pct, target,
                    ytd_target_pct, cumulative
  --json            print {"period", "figure": {"value","unit","status","rule","text","inputs": [{"board",
                    "month","value","sheet","cell",...}],"missing","rounding","parts"}, "findings", "counts"}
  --lang vi|en      language (default vi)

Examples:
  hoptac explain data.xlsx --period 2017-Q4 --indicator export_value --lang en
  hoptac explain data.xlsx --period 2017-12 --indicator occupancy_rate --board DN --lang en
  hoptac explain data.xlsx --period 2017 --indicator fdi_capital_new --measure ytd_target_pct --json

Exit codes: 0 no errors, 1 the workbook has errors, 2 unreadable file, wrong usage, or no such
indicator, board or measure.
`,
  },
  consolidate: {
    vi: `hoptac consolidate FILE.xlsx [--period KỲ] [--json] [--out KẾT_QUẢ.xlsx [--force]] [--lang vi|en]

Tổng hợp mọi chỉ tiêu cho từng đơn vị và toàn bộ (ALL) theo kỳ: kỳ này, lũy kế năm, cùng kỳ,
so cùng kỳ %, kế hoạch, % kế hoạch năm, lũy kế. Sổ có lỗi thì không tổng hợp (mã thoát 1).
  --period KỲ   không bắt buộc: 2017-12, 2017-Q4, 2017-H1, 2017, Quý IV/2017, Năm 2018...
                (mặc định: tháng gần nhất mà mọi đơn vị đã báo cáo)
  --json        in {"period", "rows": [{"indicator","board","measure","value","unit","status","missing"}], "findings"}
                (value là số thập phân dạng chuỗi, hoặc null khi thiếu, không xác định hay không có
                kế hoạch (status "no-plan": không đơn vị nào có kế hoạch năm cho chỉ tiêu);
                missing cho biết đơn vị nào thiếu tháng nào hay kế hoạch năm nào, null nếu không thiếu)
  --out FILE    ghi sổ mới: giữ nguyên mọi trang của sổ gốc, thêm trang "Tổng hợp" và "Kiểm tra"
                (không được trùng tệp đầu vào; sổ gốc không bị sửa; không ghi đè tệp đã có)
  --force       cho phép --out ghi đè tệp đã có
  --lang vi|en  ngôn ngữ (mặc định vi)

Ví dụ:
  hoptac consolidate so-lieu.xlsx
  hoptac consolidate so-lieu.xlsx --period "Quý IV/2017"
  hoptac consolidate so-lieu.xlsx --period "Năm 2018" --json
  hoptac consolidate so-lieu.xlsx --period 2018-H1 --out tong-hop.xlsx
`,
    en: `hoptac consolidate FILE.xlsx [--period PERIOD] [--json] [--out RESULT.xlsx [--force]] [--lang vi|en]

Consolidates every indicator for each board and for all boards (ALL) for a period: value, year to
date, same period last year, vs last year %, target, % of target, cumulative. A workbook with errors
is not consolidated (exit 1).
  --period P    optional: 2017-12, 2017-Q4, 2017-H1, 2017, Quý IV/2017, Năm 2018...
                (default: the latest month every board has reported)
  --json        print {"period", "rows": [{"indicator","board","measure","value","unit","status","missing"}], "findings"}
                (value is a decimal string, or null when missing, undefined or without a plan
                (status "no-plan": no board has a target for the indicator that year); missing says which
                board lacks which month or year's target, null when nothing is missing)
  --out FILE    write a new workbook: every sheet of the input unchanged plus "Tổng hợp" and "Kiểm tra"
                (must differ from the input; the input is never modified; an existing file is kept)
  --force       let --out overwrite an existing file
  --lang vi|en  language (default vi)

Examples:
  hoptac consolidate data.xlsx --lang en
  hoptac consolidate data.xlsx --period 2017-Q4 --lang en
  hoptac consolidate data.xlsx --period 2018 --json
  hoptac consolidate data.xlsx --period 2018-H1 --out summary.xlsx
`,
  },
  diff: {
    vi: `hoptac diff SỔ_CŨ.xlsx SỔ_MỚI.xlsx [--json] [--period KỲ] [--lang vi|en]

So sánh hai bản của sổ dùng chung: số liệu nào đã sửa, bổ sung, bị bỏ, từ ước tính thành chính thức,
kế hoạch, lũy kế đầu kỳ, đơn vị tính của dòng nào đã đổi; theo (đơn vị, chỉ tiêu, tháng), không theo vị
trí ô, và so chính xác sau khi đổi về đơn vị của danh mục. Nhóm theo đơn vị, thay đổi tương đối lớn nhất
trước; rồi các số liệu tổng hợp bị ảnh hưởng.
  --period KỲ   kỳ của số liệu tổng hợp bị ảnh hưởng (bỏ trống: tháng gần nhất mà mọi đơn vị của sổ
                mới đã báo cáo, và năm của tháng đó)
  --json        in {"ok", "changes": [{"kind","board","indicator","month"|"year","before","after","sheet","cell"}],
                "affected": [{"indicator","board","measure","period","before","after"}], "findings"}
  --lang vi|en  ngôn ngữ (mặc định vi)

Ví dụ:
  hoptac diff so-lieu-thang-11.xlsx so-lieu-thang-12.xlsx
  hoptac diff so-lieu-thang-11.xlsx so-lieu-thang-12.xlsx --period "Quý IV/2017" --json

Mã thoát: 0 không sổ nào có lỗi, 1 có sổ có lỗi, 2 không đọc được tệp hoặc dùng sai lệnh.
`,
    en: `hoptac diff OLD.xlsx NEW.xlsx [--json] [--period PERIOD] [--lang vi|en]

Compares two copies of the shared workbook: which values were revised, added, removed, made final
(an estimate became final), which targets and openings changed, which rows are written in another
unit; matched by (board, indicator, month), never by cell position, and compared exactly in the
catalogue's units. Grouped by board, largest relative change first; then the consolidated figures
that moved.
  --period P    the period of the figures that moved (omitted: the latest month every board of
                NEW reported, and its year)
  --json        print {"ok", "changes": [{"kind","board","indicator","month"|"year","before","after","sheet","cell"}],
                "affected": [{"indicator","board","measure","period","before","after"}], "findings"}
  --lang vi|en  language (default vi)

Examples:
  hoptac diff november.xlsx december.xlsx --lang en
  hoptac diff november.xlsx december.xlsx --period 2017-Q4 --json

Exit codes: 0 no errors in either file, 1 a file has errors, 2 unreadable file or wrong usage.
`,
  },
  template: {
    vi: `hoptac template --boards DN,LD,BP --from 2017-01 --to 2018-12 --out FILE.xlsx [--force] [--lang vi|en]

Tạo sổ trống theo định dạng 1 để gửi các đơn vị: trang Boards, Settings, Targets và một trang cho mỗi
đơn vị với danh mục chỉ tiêu có sẵn, tiêu đề tiếng Việt và kiểm soát dữ liệu ở các ô số liệu.
  --boards      mã đơn vị, cách nhau bởi dấu phẩy
  --from --to   tháng đầu và tháng cuối (2017-01, Tháng 1/2017...)
  --out FILE    tệp tạo ra (không ghi đè tệp đã có, trừ khi có --force)

Ví dụ:
  hoptac template --boards DN,LD,BP --from 2017-01 --to 2018-12 --out mau-2017-2018.xlsx
`,
    en: `hoptac template --boards DN,LD,BP --from 2017-01 --to 2018-12 --out FILE.xlsx [--force] [--lang vi|en]

Creates an empty workbook in format 1 to send to the boards: Boards, Settings, Targets and one sheet
per board with the built-in indicators, Vietnamese headers and data validation on the value cells.
  --boards      board codes, separated by commas
  --from --to   first and last month (2017-01, Tháng 1/2017...)
  --out FILE    the file to create (an existing file is not overwritten unless --force)

Examples:
  hoptac template --boards DN,LD,BP --from 2017-01 --to 2018-12 --out template.xlsx
`,
  },
  program: {
    vi: `hoptac program FILE.json [--year NĂM [--by due|period]] [--workbook FILE.xlsx] [--json] [--lang vi|en]

Kiểm tra tệp chương trình hợp tác (định dạng hoptac-programs/1): dòng thời gian, mọi điểm không
nhất quán (tối đa 200 trường hợp mỗi mã, kèm số lượng đầy đủ), lịch báo cáo của một năm và, với
--workbook, mức độ đầy đủ của sổ số liệu so với nghĩa vụ báo cáo.
  --year NĂM      lịch báo cáo năm NĂM: mặc định là các báo cáo ĐẾN HẠN trong năm (báo cáo tháng
                  12/2019 hạn 10/01/2020 thuộc năm 2020; báo cáo tháng 12/2020 thuộc năm 2021)
  --by period     thay vào đó: các báo cáo của kỳ KẾT THÚC trong năm (tháng 12/2020 thuộc năm 2020)
  --by due        (mặc định) các báo cáo đến hạn trong năm
  --workbook FILE mức độ đầy đủ của sổ .xlsx: theo đơn vị, kỳ và chỉ tiêu; chỉ tiêu sổ không có
                  được nêu (obligation-not-carried) và tỷ lệ khi không tính các chỉ tiêu đó
                  (với --year: chỉ các báo cáo mà --year và --by chọn)
  --json          in {"ok", "counts", "findings": [{"severity","code","path","message"}], "programs",
                  "boards", "timeline", "calendar", "completeness"}
  --lang vi|en    ngôn ngữ (mặc định vi)

Ví dụ:
  hoptac program examples/programs/dong-nai-lam-dong-binh-phuoc.json
  hoptac program chuong-trinh.json --year 2017
  hoptac program chuong-trinh.json --year 2017 --by period
  hoptac program chuong-trinh.json --year 2018 --workbook so-lieu.xlsx --json

Mã thoát: 0 không có lỗi (có thể có cảnh báo), 1 tệp có lỗi, 2 không đọc được tệp hoặc dùng sai lệnh.
`,
    en: `hoptac program FILE.json [--year YEAR [--by due|period]] [--workbook FILE.xlsx] [--json] [--lang vi|en]

Checks a cooperation-program file (format hoptac-programs/1): its timeline, every inconsistency (at
most 200 listed per code, with exact counts), the reporting calendar of a year and, with
--workbook, how complete a workbook is against the reporting obligations.
  --year YEAR     the reporting calendar of YEAR: by default the reports DUE in that year (December
                  2019's report, due 2020-01-10, is in 2020; December 2020's is in 2021)
  --by period     instead: the reports for periods ENDING in that year (December 2020 is in 2020)
  --by due        (default) the reports due in that year
  --workbook FILE completeness of the .xlsx workbook per party, period and indicator; indicators the
                  workbook never carries are named (obligation-not-carried) and the rate without
                  them is given (with --year: only the reports --year and --by select)
  --json          print {"ok", "counts", "findings": [{"severity","code","path","message"}], "programs",
                  "boards", "timeline", "calendar", "completeness"}
  --lang vi|en    language (default vi)

Examples:
  hoptac program examples/programs/dong-nai-lam-dong-binh-phuoc.json --lang en
  hoptac program programs.json --year 2017
  hoptac program programs.json --year 2017 --by period
  hoptac program programs.json --year 2018 --workbook data.xlsx --json

Exit codes: 0 no errors (warnings allowed), 1 the file has errors, 2 unreadable file or wrong usage.
`,
  },
};

/** The help text: the whole command's, or one command's. */
export function helpText(lang: Lang, command?: CommandName): string {
  return command === undefined ? MAIN[lang] : COMMANDS[command][lang];
}

/** The short usage shown after a usage error. */
export function shortUsage(lang: Lang): string {
  const lines = MAIN[lang].split('\n');
  const start = lines.findIndex((l) => l.startsWith('Cách dùng') || l.startsWith('Usage'));
  const end = lines.findIndex((l, i) => i > start && l.trim() === '');
  return `${lines.slice(start, end).join('\n')}\n`;
}
