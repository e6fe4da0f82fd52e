/**
 * Vietnamese words of how a received value is named (`{value}` is the value itself, written as code).
 */

export const GOT_VI = {
  number: 'số {value}',
  bigint: 'số nguyên lớn {value}',
  string: 'chuỗi "{value}"',
  'empty-string': 'một chuỗi rỗng',
  boolean: 'giá trị logic `{value}`',
  null: '`null`',
  undefined: '`undefined` (không có giá trị)',
  array: 'một mảng {count} phần tử',
  date: 'một đối tượng `Date`',
  object: 'một đối tượng',
  function: 'một hàm',
  symbol: 'một giá trị `Symbol`',
} as const;
