/**
 * Vietnamese words of what a parameter of a public function must be (`invalid-argument`).
 */

export const EXPECTED_VI = {
  decimal: 'một chuỗi số thập phân, ví dụ "1.5"',
  'decimal-or-null': 'một chuỗi số thập phân, ví dụ "1.5", hoặc `null` khi đơn vị để trống',
  period: 'một kỳ báo cáo: chuỗi như "2017-12", "Quý IV/2017", hoặc kết quả của `Period.parse`',
  'period-value': 'một giá trị kỳ báo cáo, ví dụ kết quả của `Period.parse("2017-12")`',
  'period-text': 'một chuỗi ghi kỳ báo cáo, ví dụ "2017-12" hoặc "Quý IV/2017"',
  month: 'một tháng: chuỗi như "2017-12" hoặc kết quả của `Period.month`',
  code: 'một mã dạng chuỗi không rỗng, ví dụ "export_value"',
  unit: 'một đơn vị tính, ví dụ "triệu USD"',
  'exchange-rate': 'một tỷ giá dạng `{ from, to, rate, date }`, ví dụ `{ from: "USD", to: "VND", rate: "23500", date: "2017-12-31" }`',
  text: 'một chuỗi ký tự',
  object: 'một đối tượng',
  'code-list': 'một mảng mã dạng chuỗi, ví dụ ["export_value"]',
  'value-list': 'một mảng giá trị',
  'integer-range': 'một số nguyên từ {min} đến {max}',
  year: 'một năm dạng số nguyên, ví dụ 2017',
  'finite-number': 'một số hữu hạn',
  'observation-set': 'một tập số liệu tạo bởi `createObservations().build()`',
  catalogue: 'một danh mục chỉ tiêu, ví dụ `builtInCatalogue`',
  'catalogue-input': 'một đối tượng dạng `{ indicators: [...] }`',
  measure: 'một số đo: "value", "ytd", "same_period_last_year", "vs_last_year_pct", "target", "ytd_target_pct" hoặc "cumulative"',
  'figure-ref': 'một tham chiếu số liệu dạng `{ indicator, board, measure }`',
  grid: 'một lưới ô (`Grid`) với mảng `sheets`',
  program: 'một chương trình hoặc mảng chương trình lấy từ `loadPrograms(...).programs`, hoặc cả tệp chương trình',
  'board-list': 'mảng đơn vị lấy từ `loadPrograms(...).boards`',
  'program-file': 'một tệp chương trình đã đọc bằng `loadPrograms`',
} as const;
