/** The help text of `hoptac` and of each command, with examples, in Vietnamese and English. */
import type { Lang } from './messages.js';

export type CommandName = 'check' | 'consolidate' | 'template' | 'program';

const MAIN: Record<Lang, string> = {
  vi: `hoptac: kiểm tra và tổng hợp sổ số liệu dùng chung của các Ban quản lý KCN/KKT (định dạng 1).

Cách dùng:
  hoptac check FILE.xlsx [--json] [--lang vi|en]
  hoptac consolidate FILE.xlsx --period KỲ [--json] [--out KẾT_QUẢ.xlsx] [--lang vi|en]
  hoptac template --boards DN,LD,BP --from 2017-01 --to 2018-12 --out FILE.xlsx [--force] [--lang vi|en]
  hoptac program FILE.json [--year NĂM [--by due|period]] [--workbook FILE.xlsx] [--json] [--lang vi|en]
  hoptac --help | --version

Ví dụ:
  hoptac check so-lieu.xlsx
  hoptac check so-lieu.xlsx --json
  hoptac consolidate so-lieu.xlsx --period "Quý IV/2017"
  hoptac consolidate so-lieu.xlsx --period 2018 --json
  hoptac consolidate so-lieu.xlsx --period 2018-H1 --out tong-hop.xlsx
  hoptac template --boards DN,LD,BP --from 2017-01 --to 2018-12 --out mau.xlsx

Kỳ báo cáo: 2017-12, 2017-Q4, 2017-H1, 2017, hoặc Tháng 12/2017, Quý IV/2017, 6 tháng đầu năm 2017, Năm 2017.
Mã thoát: 0 không có lỗi (có thể có cảnh báo), 1 sổ có lỗi, 2 không đọc được tệp hoặc dùng sai lệnh.
Biến môi trường: HOPTAC_DEBUG=1 in chi tiết lỗi không mong đợi; HOPTAC_TIMEOUT_MS giới hạn thời gian đọc
và xử lý một sổ (mặc định 120000).
`,
  en: `hoptac: check and consolidate the shared workbook of Vietnamese industrial-zone boards (format 1).

Usage:
  hoptac check FILE.xlsx [--json] [--lang vi|en]
  hoptac consolidate FILE.xlsx --period PERIOD [--json] [--out RESULT.xlsx] [--lang vi|en]
  hoptac template --boards DN,LD,BP --from 2017-01 --to 2018-12 --out FILE.xlsx [--force] [--lang vi|en]
  hoptac program FILE.json [--year YEAR [--by due|period]] [--workbook FILE.xlsx] [--json] [--lang vi|en]
  hoptac --help | --version

Examples:
  hoptac check data.xlsx --lang en
  hoptac check data.xlsx --json
  hoptac consolidate data.xlsx --period 2017-Q4
  hoptac consolidate data.xlsx --period 2018 --json
  hoptac consolidate data.xlsx --period 2018-H1 --out summary.xlsx
  hoptac template --boards DN,LD,BP --from 2017-01 --to 2018-12 --out template.xlsx

Periods: 2017-12, 2017-Q4, 2017-H1, 2017, or Tháng 12/2017, Quý IV/2017, 6 tháng đầu năm 2017, Năm 2017.
Exit codes: 0 no errors (warnings allowed), 1 the workbook has errors, 2 unreadable file or wrong usage.
Environment: HOPTAC_DEBUG=1 prints details of unexpected failures; HOPTAC_TIMEOUT_MS bounds the time to
read and process one workbook (default 120000).
`,
};

const COMMANDS: Record<CommandName, Record<Lang, string>> = {
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
  consolidate: {
    vi: `hoptac consolidate FILE.xlsx --period KỲ [--json] [--out KẾT_QUẢ.xlsx] [--lang vi|en]

Tổng hợp mọi chỉ tiêu cho từng đơn vị và toàn bộ (ALL) theo kỳ: kỳ này, lũy kế năm, cùng kỳ,
so cùng kỳ %, kế hoạch, % kế hoạch năm, lũy kế. Sổ có lỗi thì không tổng hợp (mã thoát 1).
  --period KỲ   2017-12, 2017-Q4, 2017-H1, 2017, Quý IV/2017, Năm 2018...
                (bỏ trống: tháng gần nhất mà mọi đơn vị đã báo cáo)
  --json        in {"period", "rows": [{"indicator","board","measure","value","unit","status"}], "findings"}
                (value là số thập phân dạng chuỗi, hoặc null khi thiếu hay không xác định)
  --out FILE    ghi sổ mới: giữ nguyên mọi trang của sổ gốc, thêm trang "Tổng hợp" và "Kiểm tra"
                (không được trùng tệp đầu vào; sổ gốc không bị sửa)
  --lang vi|en  ngôn ngữ (mặc định vi)

Ví dụ:
  hoptac consolidate so-lieu.xlsx --period "Quý IV/2017"
  hoptac consolidate so-lieu.xlsx --period "Năm 2018" --json
  hoptac consolidate so-lieu.xlsx --period 2018-H1 --out tong-hop.xlsx
`,
    en: `hoptac consolidate FILE.xlsx --period PERIOD [--json] [--out RESULT.xlsx] [--lang vi|en]

Consolidates every indicator for each board and for all boards (ALL) for a period: value, year to
date, same period last year, vs last year %, target, % of target, cumulative. A workbook with errors
is not consolidated (exit 1).
  --period P    2017-12, 2017-Q4, 2017-H1, 2017, Quý IV/2017, Năm 2018...
                (omitted: the latest month every board reported)
  --json        print {"period", "rows": [{"indicator","board","measure","value","unit","status"}], "findings"}
                (value is a decimal string, or null when missing or undefined)
  --out FILE    write a new workbook: every sheet of the input unchanged plus "Tổng hợp" and "Kiểm tra"
                (must differ from the input; the input is never modified)
  --lang vi|en  language (default vi)

Examples:
  hoptac consolidate data.xlsx --period 2017-Q4 --lang en
  hoptac consolidate data.xlsx --period 2018 --json
  hoptac consolidate data.xlsx --period 2018-H1 --out summary.xlsx
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
