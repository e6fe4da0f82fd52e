/**
 * Vietnamese words of short phrases of program text (review kinds, cadences, validity).
 */

export const PROGRAM_WORD_VI = {
  interim: 'sơ kết',
  final: 'tổng kết',
  held: 'đã tổ chức',
  planned: 'dự kiến',
  predecessor: 'chương trình trước',
  successor: 'chương trình kế tiếp',
  nothing: 'khác',
  signing: 'ngày ký',
  periodStart: 'đầu giai đoạn',
  periodEnd: 'cuối giai đoạn',
  review: 'hội nghị',
  always: 'không giới hạn',
  from: 'từ {date}',
  until: 'đến {date}',
  monthly: 'hàng tháng',
  quarterly: 'hàng quý',
  annual: 'hàng năm',
  cumulative: 'lũy kế',
  estimate: 'ước tính',
  finalFigures: 'chính thức',
  successorTakesOver: '{successor} thực hiện nghĩa vụ báo cáo thay từ {from}.',
  successorDoesNotTakeOver: 'nghĩa vụ báo cáo của đơn vị này kết thúc (chương trình không ghi successorTakesOver).',
} as const;
