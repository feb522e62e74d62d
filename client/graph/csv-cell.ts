// One CSV cell as every CSV export writes it (the graph's nodes, edges and sources): RFC 4180 quoting and the
// spreadsheet formula guard. A file of its own so the sources' CSV needs not load the graph formats.

/** Byte-order mark: spreadsheet programs read a CSV as UTF-8 (Arabic names intact) only when it starts with one. */
export const UTF8_BOM = '\uFEFF';

/** The text of a number a spreadsheet reads as that number (-3, -0.0, 1e-7), never as a formula. */
const PLAIN_NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/**
 * RFC 4180 quoting; a leading =, +, -, @, tab or CR is prefixed with ' so spreadsheets do not run it as a formula,
 * whatever the value's type: Excel and LibreOffice run a BC date -0044-03-15 as -44-3-15, and Base64 +/8= or
 * -Infinity as formulas too. Only `number`'s plain text (a number of a number column: PLAIN_NUMBER) is left as it is,
 * as a spreadsheet reads it as the number it is.
 */
export function csvCell(value: string, number = false): string {
  const plain = number && PLAIN_NUMBER.test(value);
  const safe = !plain && /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
