/**
 * Message text of cooperation programs (findings, timeline, calendar words), Vietnamese and
 * English. Templates use `{name}` placeholders.
 */
import { fillPlaceholders, type Lang, type Message } from './index.js';

const findings: Readonly<Record<string, Message>> = {
  'invalid-program': {
    vi: '{reason}',
    en: '{reason}',
  },
  'review-span-mismatch': {
    vi: 'Hội nghị {review} của chương trình {program} ghi giai đoạn {covers}, nhưng chương trình thực hiện {period}.',
    en: 'The {review} review of program {program} says it covers {covers}, but the program runs {period}.',
  },
  'stated-duration-mismatch': {
    vi: 'Chương trình {program} được ghi là "{text}" ({statedMonths} tháng), nhưng giai đoạn {period} dài {months} tháng.',
    en: 'Program {program} is described as "{text}" ({statedMonths} months), but its period {period} is {months} months long.',
  },
  'signed-after-start': {
    vi: 'Chương trình {program} ký ngày {signedOn}, sau khi giai đoạn {period} đã bắt đầu ({start}).',
    en: 'Program {program} was signed on {signedOn}, after its period {period} had started ({start}).',
  },
  'party-not-valid': {
    vi: 'Đơn vị {board} không còn hoặc chưa tồn tại vào ngày {date} ({what}); hiệu lực {validity}.',
    en: 'Board {board} does not exist on {date} ({what}); it is valid {validity}.',
  },
  'program-overlap': {
    vi: 'Chương trình {program} và {other} có chung các bên {parties} và trùng thời gian {overlap}.',
    en: 'Programs {program} and {other} share the parties {parties} and overlap in {overlap}.',
  },
  'review-host-not-party': {
    vi: 'Đơn vị chủ trì hội nghị {host} không phải là một bên của chương trình {program}.',
    en: 'The review host {host} is not a party of program {program}.',
  },
  'review-outside-program': {
    vi: 'Hội nghị {review} ngày {date} nằm ngoài giai đoạn {period} của chương trình {program}.',
    en: 'The {review} review on {date} falls outside the period {period} of program {program}.',
  },
  'final-review-before-end': {
    vi: 'Hội nghị tổng kết chương trình {program} ngày {date}, trước khi giai đoạn {period} kết thúc ({end}).',
    en: 'The final review of program {program} was on {date}, before its period {period} ends ({end}).',
  },
  'chain-mismatch': {
    vi: 'Chương trình {program} ghi {relation} là {other}, nhưng {other} ghi {back}.',
    en: 'Program {program} names {other} as its {relation}, but {other} names {back}.',
  },
  'chain-order': {
    vi: 'Chương trình kế tiếp {other} bắt đầu ({otherStart}) trước chương trình {program} ({start}).',
    en: 'The successor program {other} starts ({otherStart}) before program {program} ({start}).',
  },
  'legal-basis-superseded': {
    vi: 'Căn cứ {basis} của chương trình {program} đã được thay thế bởi {replacedBy} (ngày {replacedOn}) trước khi chương trình bắt đầu ({start}).',
    en: 'Legal basis {basis} of program {program} was replaced by {replacedBy} (on {replacedOn}) before the program started ({start}).',
  },
  'unknown-indicator': {
    vi: 'Chỉ tiêu "{indicator}" trong nghĩa vụ báo cáo của chương trình {program} không có trong danh mục.',
    en: 'The indicator "{indicator}" of a reporting obligation of program {program} is not in the catalogue.',
  },
  'party-merged': {
    vi: 'Đơn vị {board} của chương trình {program} hoạt động đến {until} rồi sáp nhập vào {successor}; {obligations}',
    en: 'Board {board}, a party of program {program}, exists until {until} and then merged into {successor}; {obligations}',
  },
  'obligation-not-carried': {
    vi: 'Chỉ tiêu {indicator} ({name}) thuộc nghĩa vụ báo cáo của chương trình {program} nhưng sổ không có chỉ tiêu này ở bất kỳ đơn vị, tháng nào; mọi báo cáo cần nó đều thiếu.',
    en: 'The indicator {indicator} ({name}) is owed under program {program}, but the workbook never carries it for any board or month; every report that needs it is incomplete.',
  },
  'findings-capped': {
    vi: 'Danh sách chỉ liệt kê {cap} trường hợp đầu của mỗi mã; số lượng đầy đủ: {counts}.',
    en: 'Only the first {cap} findings of each code are listed; exact counts: {counts}.',
  },
  'activity-outside-program': {
    vi: 'Hoạt động hợp tác ngày {date} nằm ngoài giai đoạn {period} của chương trình {program}.',
    en: 'The cooperation activity on {date} falls outside the period {period} of program {program}.',
  },
  'activity-party-not-party': {
    vi: 'Đơn vị "{board}" của hoạt động hợp tác ngày {date} không phải là bên tham gia chương trình {program}.',
    en: 'The board "{board}" of the cooperation activity on {date} is not a party to program {program}.',
  },
};

const words: Readonly<Record<string, Message>> = {
  interim: { vi: 'sơ kết', en: 'interim' },
  final: { vi: 'tổng kết', en: 'final' },
  held: { vi: 'đã tổ chức', en: 'held' },
  planned: { vi: 'dự kiến', en: 'planned' },
  predecessor: { vi: 'chương trình trước', en: 'predecessor' },
  successor: { vi: 'chương trình kế tiếp', en: 'successor' },
  nothing: { vi: 'khác', en: 'otherwise' },
  signing: { vi: 'ngày ký', en: 'signing' },
  periodStart: { vi: 'đầu giai đoạn', en: 'start of the period' },
  periodEnd: { vi: 'cuối giai đoạn', en: 'end of the period' },
  review: { vi: 'hội nghị', en: 'review' },
  always: { vi: 'không giới hạn', en: 'without limit' },
  from: { vi: 'từ {date}', en: 'from {date}' },
  until: { vi: 'đến {date}', en: 'until {date}' },
  monthly: { vi: 'hàng tháng', en: 'monthly' },
  quarterly: { vi: 'hàng quý', en: 'quarterly' },
  annual: { vi: 'hàng năm', en: 'annual' },
  cumulative: { vi: 'lũy kế', en: 'cumulative' },
  estimate: { vi: 'ước tính', en: 'estimate' },
  finalFigures: { vi: 'chính thức', en: 'final' },
  successorTakesOver: { vi: '{successor} thực hiện nghĩa vụ báo cáo thay từ {from}.', en: '{successor} owes its reports from {from}.' },
  successorDoesNotTakeOver: {
    vi: 'nghĩa vụ báo cáo của đơn vị này kết thúc (chương trình không ghi successorTakesOver).',
    en: 'its reporting obligations end there (the program does not set successorTakesOver).',
  },
};

const timeline: Readonly<Record<string, Message>> = {
  'program-start': { vi: 'Bắt đầu chương trình {program}: {title} ({period})', en: 'Program {program} starts: {title} ({period})' },
  signed: { vi: 'Ký kết chương trình {program}{at}', en: 'Program {program} signed{at}' },
  review: { vi: 'Hội nghị {kind} chương trình {program} ({status}){at}{covers}', en: '{Kind} review of program {program} ({status}){at}{covers}' },
  'program-end': { vi: 'Kết thúc chương trình {program}', en: 'Program {program} ends' },
  'board-merged': { vi: '{board} sáp nhập vào {successor}{decision}', en: '{board} merged into {successor}{decision}' },
  at: { vi: ' tại {place}', en: ' at {place}' },
  hostedBy: { vi: ', {host} chủ trì', en: ', hosted by {host}' },
  covers: { vi: ', {covers}', en: ', covering {covers}' },
  decision: { vi: ' (Quyết định {decision})', en: ' (decision {decision})' },
};


/** The message of a program finding code. */
export function findingMessage(code: string, params: Readonly<Record<string, string | number>>, lang: Lang): string {
  const m = findings[code];
  return m === undefined ? code : fillPlaceholders(m[lang], params);
}

/** A word or short phrase of program text (`interim`, `monthly`, `estimate`, ...). */
export function programWord(key: string, lang: Lang, params: Readonly<Record<string, string | number>> = {}): string {
  const m = words[key];
  return m === undefined ? key : fillPlaceholders(m[lang], params);
}

/** A timeline line template. */
export function timelineMessage(key: string, params: Readonly<Record<string, string | number>>, lang: Lang): string {
  const m = timeline[key];
  return m === undefined ? key : fillPlaceholders(m[lang], params);
}

/** Every template of this file, for tests that read all of them. */
export const PROGRAM_MESSAGES: Readonly<Record<string, Readonly<Record<string, Message>>>> = { findings, words, timeline };
