/**
 * Vietnamese words of the types a schema expects.
 */

export const TYPE_NAME_VI = {
  string: 'một chuỗi ký tự',
  number: 'một số',
  int: 'một số nguyên',
  boolean: 'giá trị logic `true` hoặc `false`',
  array: 'một mảng',
  object: 'một đối tượng',
  null: '`null`',
  bigint: 'một số nguyên lớn',
  date: 'một ngày',
} as const;
