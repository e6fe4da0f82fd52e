/**
 * Results already worked out for short texts, kept in a bounded table: a workbook repeats the same
 * names, units and month headers on every board sheet, so each is worked out once. When the table
 * is full it starts again empty (the texts in use fill it again at once); a text longer than the
 * table takes is worked out every time. Private to the library.
 */
export class KeptResults<V> {
  private readonly table = new Map<string, V>();
  constructor(
    private readonly maxCount: number,
    private readonly maxLength: number,
  ) {}

  /** The result kept for `text`, else `work(text)`, kept when the text is short enough. */
  of(text: string, work: (text: string) => V): V {
    const known = this.table.get(text);
    if (known !== undefined) return known;
    const result = work(text);
    if (text.length <= this.maxLength) {
      if (this.table.size >= this.maxCount) this.table.clear();
      this.table.set(text, result);
    }
    return result;
  }
}
