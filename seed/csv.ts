// Reads CSV (RFC 4180, via csv-parse) into records that remember the line each starts on, so import errors can name
// it. Quoted fields may contain commas, quotes as "" and line breaks; a UTF-8 BOM and empty lines are ignored; any of
// \r\n, \n and \r ends a record.
import { CsvError, parse } from 'csv-parse/sync';

export interface CsvRecord {
  /** 1-based line of the file where the record starts. */
  line: number;
  fields: string[];
}

export class CsvSyntaxError extends Error {
  constructor(
    public readonly line: number,
    message: string,
    /** 1-based character column on that line, when known. */
    public readonly column?: number,
  ) {
    super(message);
    this.name = 'CsvSyntaxError';
  }
}

/** csv-parse's error codes in the words of our import errors (what is wrong and how to write it instead). */
const MESSAGES: Record<string, string> = {
  CSV_QUOTE_NOT_CLOSED: 'a quoted field is never closed',
  INVALID_OPENING_QUOTE: 'a quote inside an unquoted field; quote the whole field and write the quote as ""',
  CSV_INVALID_CLOSING_QUOTE:
    'unexpected character after a closing quote (a quote inside a quoted field is written "")',
};

const LINE_BREAK = /\r\n|\n|\r/g;

export function parseCsv(text: string): CsvRecord[] {
  let rows: { record: string[]; info: { lines: number } }[];
  try {
    rows = parse(text, {
      bom: true,
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
      record_delimiter: ['\r\n', '\n', '\r'],
      // csv-parse's types describe plain records; with `info` each record comes with its position.
    }) as unknown as { record: string[]; info: { lines: number } }[];
  } catch (err) {
    if (err instanceof CsvError) {
      // csv-parse reports an unclosed quote where the file ends; the user needs the place it opens.
      const open = err.code === 'CSV_QUOTE_NOT_CLOSED' ? unclosedQuote(text) : undefined;
      if (open)
        throw new CsvSyntaxError(
          open.line,
          `field ${open.field} of this record opens with a quote that is never closed; close it with " (a quote inside a quoted field is written "")`,
          open.column,
        );
      const line = (err as CsvError & { lines?: number }).lines ?? 0;
      throw new CsvSyntaxError(line, MESSAGES[err.code] ?? err.message);
    }
    throw err;
  }
  // csv-parse counts the lines read when a record ends, but inside a quoted field it counts every \r and \n, so a
  // \r\n there (as Excel on Windows writes) counts twice, for this record and every later one: take off the excess
  // so far, then the record's own line breaks to reach the line it starts on.
  let excess = 0;
  return rows.map(({ record, info }) => {
    const breaks = record.reduce((n, field) => n + count(field, LINE_BREAK), 0);
    excess += record.reduce((n, field) => n + count(field, /[\r\n]/g), 0) - breaks;
    return { line: info.lines - excess - breaks, fields: record };
  });
}

const count = (s: string, re: RegExp) => s.match(re)?.length ?? 0;

/** Where the quoted field that runs to the end of the text opens (line, character column, field of its record). */
function unclosedQuote(text: string): { line: number; column: number; field: number } | undefined {
  let line = 1;
  let column = 1;
  let field = 1;
  let atFieldStart = true;
  let open: { line: number; column: number; field: number } | undefined;
  const chars = [...text.replace(/^\uFEFF/, '')];
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i]!;
    if (open) {
      if (c === '"' && chars[i + 1] === '"') {
        i += 1;
        column += 2;
        continue;
      }
      if (c === '"') open = undefined;
    } else if (c === '"' && atFieldStart) open = { line, column, field };
    atFieldStart = false;
    if (!open && c === ',') {
      field += 1;
      atFieldStart = true;
    }
    if (c === '\n' || (c === '\r' && chars[i + 1] !== '\n')) {
      line += 1;
      column = 1;
      if (!open) {
        field = 1;
        atFieldStart = true;
      }
    } else column += 1;
  }
  return open;
}
