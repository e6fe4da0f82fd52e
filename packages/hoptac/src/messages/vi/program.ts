/**
 * Vietnamese words of the cooperation programs' findings.
 */

export const PROGRAM_FINDING_VI = {
  'invalid-program': '{reason}',
  'review-span-mismatch': 'Hội nghị {review} của chương trình {program} ghi giai đoạn {covers}, nhưng chương trình thực hiện {period}.',
  'stated-duration-mismatch': 'Chương trình {program} được ghi là "{text}" ({statedMonths} tháng), nhưng giai đoạn {period} dài {months} tháng.',
  'signed-after-start': 'Chương trình {program} ký ngày {signedOn}, sau khi giai đoạn {period} đã bắt đầu ({start}).',
  'party-not-valid': 'Đơn vị {board} không còn hoặc chưa tồn tại vào ngày {date} ({what}); hiệu lực {validity}.',
  'program-overlap': 'Chương trình {program} và {other} có chung các bên {parties} và trùng thời gian {overlap}.',
  'review-host-not-party': 'Đơn vị chủ trì hội nghị {host} không phải là một bên của chương trình {program}.',
  'review-outside-program': 'Hội nghị {review} ngày {date} nằm ngoài giai đoạn {period} của chương trình {program}.',
  'final-review-before-end': 'Hội nghị tổng kết chương trình {program} ngày {date}, trước khi giai đoạn {period} kết thúc ({end}).',
  'chain-mismatch': 'Chương trình {program} ghi {relation} là {other}, nhưng {other} ghi {back}.',
  'chain-order': 'Chương trình kế tiếp {other} bắt đầu ({otherStart}) trước chương trình {program} ({start}).',
  'legal-basis-superseded': 'Căn cứ {basis} của chương trình {program} đã được thay thế bởi {replacedBy} (ngày {replacedOn}) trước khi chương trình bắt đầu ({start}).',
  'unknown-indicator': 'Chỉ tiêu "{indicator}" trong nghĩa vụ báo cáo của chương trình {program} không có trong danh mục.',
  'party-merged': 'Đơn vị {board} của chương trình {program} hoạt động đến {until} rồi sáp nhập vào {successor}; {obligations}',
  'obligation-not-carried': 'Chỉ tiêu {name} ({indicator}) thuộc nghĩa vụ báo cáo của chương trình {program} nhưng sổ không có chỉ tiêu này ở bất kỳ đơn vị, tháng nào; mọi báo cáo cần nó đều thiếu.',
  'findings-capped': 'Danh sách chỉ liệt kê {cap} trường hợp đầu của mỗi mã; số lượng đầy đủ: {counts}.',
  'activity-outside-program': 'Hoạt động hợp tác ngày {date} nằm ngoài giai đoạn {period} của chương trình {program}.',
  'activity-party-not-party': 'Đơn vị "{board}" của hoạt động hợp tác ngày {date} không phải là bên tham gia chương trình {program}.',
} as const;
