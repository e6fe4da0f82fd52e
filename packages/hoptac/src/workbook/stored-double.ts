/**
 * Whether the 15-digit rule changed a stored number: a file stores a double as text (Excel
 * 2007-2016 write a typed 5.1 as `5.0999999999999996`, openpyxl writes 16 digits), and hoptac reads
 * it as its 15-significant-digit form (`excelNumberToDecimal`). Nothing is lost when the double of
 * that 15-digit reading is the stored double itself.
 *
 * That is decided without comparing floats: the shortest text that reads back as the stored
 * double (ECMAScript's `String(number)`, a formatting, not arithmetic) has at most 15 significant
 * digits exactly when some decimal of at most 15 digits is that double, and then the 15-digit
 * reading is that decimal (15-digit decimals are spaced far wider than doubles, so the nearest one
 * to the double is the one that reads back as it). The count of digits is a BigInt computation.
 */
import { significantDigits } from '../decimal/public.js';

/**
 * True when the double stored as `text` is not the double of its 15-significant-digit reading,
 * i.e. the 15-digit rule really dropped information.
 */
export function storedDoubleLost(text: string): boolean {
  // Reading the stored double's text is the one place a number becomes a double.
  const stored = Number(text);
  if (!Number.isFinite(stored)) return true;
  return significantDigits(String(stored)) > 15;
}
