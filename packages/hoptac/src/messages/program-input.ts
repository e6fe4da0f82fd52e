/**
 * Vietnamese and English words of a program file's input problems (hoptac/program's
 * `loadPrograms`): the messages its schema gives refinements and regexes, and its cross-reference
 * checks. A check's English sentence is read back by one of {@link CROSS_CHECK_TEXT}'s patterns, so
 * its Vietnamese carries the same codes; a sentence no pattern knows gets the general
 * "giá trị không hợp lệ", never English.
 */
import type { Message } from './index.js';

/** The program schema's own messages, by their English text (what zod's issue carries). */
export const PROGRAM_SCHEMA_TEXT: ReadonlyMap<string, Message> = new Map<string, Message>([
  ['a date is written YYYY-MM-DD (a real calendar day)', { vi: 'ngày ghi dạng YYYY-MM-DD (một ngày có thật trên lịch)', en: 'a date is written YYYY-MM-DD (a real calendar day)' }],
  [
    'a date is written YYYY-MM-DD, or YYYY-MM when only the month is known',
    { vi: 'ngày ghi dạng YYYY-MM-DD, hoặc YYYY-MM khi chỉ biết tháng', en: 'a date is written YYYY-MM-DD, or YYYY-MM when only the month is known' },
  ],
  [
    'not a period: write 2016/2018, 2016-2018, 2013-07/2015-12 or Giai đoạn 2016-2018',
    { vi: 'không phải kỳ báo cáo: ghi 2016/2018, 2016-2018, 2013-07/2015-12 hoặc Giai đoạn 2016-2018', en: 'not a period: write 2016/2018, 2016-2018, 2013-07/2015-12 or Giai đoạn 2016-2018' },
  ],
  ['a board code is 1-16 characters of A-Z, 0-9 and _', { vi: 'mã đơn vị gồm 1-16 ký tự A-Z, 0-9 và _', en: 'a board code is 1-16 characters of A-Z, 0-9 and _' }],
  [
    'a program code is 1-64 characters of A-Z, a-z, 0-9, _, . and -',
    { vi: 'mã chương trình gồm 1-64 ký tự A-Z, a-z, 0-9, _, . và -', en: 'a program code is 1-64 characters of A-Z, a-z, 0-9, _, . and -' },
  ],
  ['an area code is 1-64 characters of a-z, 0-9 and _', { vi: 'mã lĩnh vực gồm 1-64 ký tự a-z, 0-9 và _', en: 'an area code is 1-64 characters of a-z, 0-9 and _' }],
  ['an indicator code is 1-64 characters of a-z, 0-9 and _', { vi: 'mã chỉ tiêu gồm 1-64 ký tự a-z, 0-9 và _', en: 'an indicator code is 1-64 characters of a-z, 0-9 and _' }],
  ['an obligation names at least one indicator or group', { vi: 'mỗi nghĩa vụ báo cáo phải nêu ít nhất một chỉ tiêu hoặc một nhóm chỉ tiêu', en: 'an obligation names at least one indicator or group' }],
  ['estimateDueDays needs estimateFirst: true', { vi: '`estimateDueDays` chỉ dùng khi có `estimateFirst: true`', en: 'estimateDueDays needs estimateFirst: true' }],
  ['the estimate cannot be due after the final figures', { vi: 'hạn gửi số ước tính không thể sau hạn gửi số chính thức', en: 'the estimate cannot be due after the final figures' }],
  ['a program has at least two parties', { vi: 'chương trình hợp tác cần ít nhất hai bên', en: 'a program has at least two parties' }],
  ['give either years or months', { vi: 'ghi số năm hoặc số tháng, không ghi cả hai', en: 'give either years or months' }],
  ['targets are owed once a year: cadence "annual"', { vi: 'kế hoạch được giao mỗi năm một lần: `cadence` phải là "annual"', en: 'targets are owed once a year: cadence "annual"' }],
  ['targets have no estimate: leave estimateFirst out', { vi: 'kế hoạch không có số ước tính: bỏ `estimateFirst`', en: 'targets have no estimate: leave estimateFirst out' }],
]);

/** The program schema's messages that carry a value: English pattern, Vietnamese with `$1`... */
export const PROGRAM_SCHEMA_PATTERNS: readonly (readonly [RegExp, string])[] = [
  [/^the period "(.*)" ends \((.*)\) before it starts \((.*)\): write the first year or month first$/, 'kỳ "$1" kết thúc ($2) trước khi bắt đầu ($3): ghi năm hoặc tháng đầu trước'],
];

/** The cross-reference checks' sentences: English pattern, Vietnamese with `$1`... for its parts. */
export const CROSS_CHECK_TEXT: readonly (readonly [RegExp, string])[] = [
  [/^duplicate board code "(.*)"$/, 'mã đơn vị "$1" bị trùng'],
  [/^a board cannot be its own successor$/, 'một đơn vị không thể là đơn vị kế thừa của chính nó'],
  [/^successor "(.*)" is not a board of this file$/, 'đơn vị kế thừa "$1" không có trong tệp này'],
  [/^validUntil (\S*) is before validFrom (\S*)$/, 'ngày hết hiệu lực $1 trước ngày bắt đầu hiệu lực $2'],
  [/^successors loop back to "(.*)"$/, 'chuỗi đơn vị kế thừa quay vòng về "$1"'],
  [/^duplicate legal basis "(.*)"$/, 'căn cứ pháp lý "$1" bị trùng'],
  [/^"(.*)" is not a legal basis of this file$/, '"$1" không phải căn cứ pháp lý trong tệp này'],
  [/^duplicate program code "(.*)"$/, 'mã chương trình "$1" bị trùng'],
  [/^party "(.*)" is not a board of this file$/, 'bên "$1" không phải đơn vị trong tệp này'],
  [/^party "(.*)" is listed twice$/, 'bên "$1" được ghi hai lần'],
  [/^a program cannot be its own predecessor$/, 'chương trình không thể là chương trình trước của chính nó'],
  [/^a program cannot be its own successor$/, 'chương trình không thể là chương trình sau của chính nó'],
  [/^predecessor "(.*)" is not a program of this file$/, 'chương trình trước "$1" không có trong tệp này'],
  [/^successor "(.*)" is not a program of this file$/, 'chương trình sau "$1" không có trong tệp này'],
  [/^"(.*)" is not listed in legalBases$/, '"$1" không có trong danh sách căn cứ pháp lý `legalBases`'],
  [/^"(.*)" is not a party of program (.*)$/, '"$1" không phải là một bên của chương trình $2'],
  [/^host "(.*)" is not a board of this file$/, 'đơn vị chủ trì "$1" không có trong tệp này'],
];

/** The JSON text of a program file does not parse. */
export const NOT_JSON: Message = { vi: 'không phải JSON hợp lệ', en: 'not JSON: {reason}' };
