// Decodes an imported CSV file's bytes as UTF-8 (seed/text-encoding.ts), in the words of a CSV syntax error and
// with the advice for the program that usually writes CSV: Excel's plain "CSV" is not UTF-8.
import { CsvSyntaxError } from './csv.js';
import { NotUtf8Error, decodeUtf8 } from './text-encoding.js';

const SAVE_AS = 'save it as "CSV UTF-8" (Excel: File › Save As › CSV UTF-8) and import it again';

/** The file's text (a UTF-8 BOM is dropped); throws CsvSyntaxError naming the first place that is not UTF-8. */
export function decodeCsvBytes(bytes: Uint8Array): string {
  try {
    return decodeUtf8(bytes, SAVE_AS);
  } catch (err) {
    if (err instanceof NotUtf8Error) throw new CsvSyntaxError(err.line, err.message, err.column);
    throw err;
  }
}
