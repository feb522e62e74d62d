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
      // csv-parse's own line count takes a \r\n inside a quoted field as two lines: the place is found again from
      // the record and field it names (the records before it, the field's index), counted as the lines above are.
      const { records, index } = err as CsvError & { records?: number; index?: number };
      const at =
        typeof records === 'number' && typeof index === 'number'
          ? fieldStart(text, records, index)
          : undefined;
      if (at)
        throw new CsvSyntaxError(
          at.line,
          `field ${index! + 1}${at.line === at.recordLine ? '' : ` of the record starting on line ${at.recordLine}`}: ${MESSAGES[err.code] ?? err.message}`,
          at.column,
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

interface FieldPlace {
  /** 1-based line and character column where the field starts, and the line its record starts on. */
  line: number;
  column: number;
  recordLine: number;
  /** 1-based field of its record. */
  field: number;
}

/**
 * Walks the text as csv-parse reads it (a BOM and empty lines skipped; \r\n, \n and \r each end a line; quoted
 * fields may hold all three), calling `visit` at the start of each field with its 0-based record (empty lines not
 * counted) and place; `visit` returning true stops the walk. Returns the quoted field left open at the end, if any.
 */
function walkFields(
  text: string,
  visit: (record: number, place: FieldPlace) => boolean,
): FieldPlace | undefined {
  let line = 1;
  let column = 1;
  let record = 0;
  let recordLine = 1;
  let field = 1;
  let atFieldStart = true;
  let recordEmpty = true;
  let open: FieldPlace | undefined;
  const chars = [...text.replace(/^\uFEFF/, '')];
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i]!;
    const breaks = c === '\n' || c === '\r';
    if (atFieldStart && !open && !(breaks && recordEmpty)) {
      if (recordEmpty) recordLine = line;
      recordEmpty = false;
      if (visit(record, { line, column, recordLine, field })) return undefined;
    }
    if (open) {
      if (c === '"' && chars[i + 1] === '"') {
        i += 1;
        column += 2;
        continue;
      }
      if (c === '"') open = undefined;
    } else if (c === '"' && atFieldStart) open = { line, column, recordLine, field };
    atFieldStart = false;
    if (!open && c === ',') {
      field += 1;
      atFieldStart = true;
    }
    if (c === '\n' || (c === '\r' && chars[i + 1] !== '\n')) {
      line += 1;
      column = 1;
      if (!open) {
        if (!recordEmpty) record += 1;
        recordEmpty = true;
        field = 1;
        atFieldStart = true;
      }
    } else column += 1;
  }
  return open;
}

/** Where the quoted field that runs to the end of the text opens (line, character column, field of its record). */
function unclosedQuote(text: string): FieldPlace | undefined {
  return walkFields(text, () => false);
}

/** Where field `index` (0-based) of record `record` (0-based, empty lines not counted) starts. */
function fieldStart(text: string, record: number, index: number): FieldPlace | undefined {
  let found: FieldPlace | undefined;
  walkFields(text, (r, place) => {
    if (r === record && place.field === index + 1) found = place;
    return found !== undefined || r > record;
  });
  return found;
}
