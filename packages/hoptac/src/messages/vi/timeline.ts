/**
 * Vietnamese words of a program's timeline lines.
 */

export const TIMELINE_VI = {
  'program-start': 'Bắt đầu chương trình {program}: {title} ({period})',
  signed: 'Ký kết chương trình {program}{at}',
  review: 'Hội nghị {kind} chương trình {program} ({status}){at}{covers}',
  'program-end': 'Kết thúc chương trình {program}',
  'board-merged': '{board} sáp nhập vào {successor}{decision}',
  at: ' tại {place}',
  hostedBy: ', {host} chủ trì',
  covers: ', {covers}',
  decision: ' (Quyết định {decision})',
} as const;
